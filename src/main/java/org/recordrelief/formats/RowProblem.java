package org.recordrelief.formats;

/**
 * Why a source row cannot be used as it stands, found while reading it (wrong field count, a missing
 * end-of-record marker, bytes that are not valid in the declared encoding).
 *
 * @param field  the column concerned, or "(row)" for the row as a whole
 * @param reason plain language; never quotes a personal value
 */
public record RowProblem(String field, String reason) {

    public static final String WHOLE_ROW = "(row)";

    public static RowProblem ofRow(String reason) {
        return new RowProblem(WHOLE_ROW, reason);
    }
}
