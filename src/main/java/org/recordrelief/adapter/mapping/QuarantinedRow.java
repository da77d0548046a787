package org.recordrelief.adapter.mapping;

/**
 * A row that cannot be mapped: where it is and why. Holds no value from the row, so a quarantine report
 * never leaks personal data; the source file itself is archived and the line number finds the row.
 *
 * @param lineNumber the line the row starts on
 * @param field      the column and canonical field concerned, or "(row)"
 * @param reason     plain language
 * @param personId   the pseudonymous person id when the person key could be read, else null
 */
public record QuarantinedRow(long lineNumber, String field, String reason, String personId) implements RowResult {
}
