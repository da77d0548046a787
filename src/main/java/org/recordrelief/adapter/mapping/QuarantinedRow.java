package org.recordrelief.adapter.mapping;

/**
 * A row that cannot be mapped: where it is and why. Holds no value from the row, so a quarantine report
 * never leaks personal data; the source file itself is archived and the line number finds the row.
 *
 * @param lineNumber the line the row starts on
 * @param field      the column and canonical field concerned, or "(row)"
 * @param reason     plain language
 * @param personId   the pseudonymous person id when the person key could be read, else null
 * @param affectsHistory true when the row may hold a record the rules need about the person (false for a
 *                   row read as an arrest or other step, or as a count that did not end in a conviction, and
 *                   for an exact duplicate): the person's history is then incomplete
 * @param needsReview true when the row may itself be a conviction the rule set decides (its code text names
 *                   one of its offences): a reviewer must read it, since it gets no determination
 */
public record QuarantinedRow(long lineNumber, String field, String reason, String personId, boolean affectsHistory,
                             boolean needsReview) implements RowResult {

    /** A row that repeats an earlier one exactly: nothing is missing from the person's history. */
    public static QuarantinedRow duplicate(long lineNumber, long earlier, String personId) {
        return new QuarantinedRow(lineNumber, "(row)", "an exact duplicate of line " + earlier, personId, false, false);
    }
}
