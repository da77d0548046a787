package org.recordrelief.formats;

import java.util.List;

/**
 * One row of a county export, with the line it started on. A row the reader could not split cleanly
 * carries a {@link RowProblem} and goes to quarantine; it is never dropped.
 */
public record SourceRow(long lineNumber, List<String> values, Columns columns, RowProblem problem) {

    public SourceRow {
        // A RowText is already immutable, and copying it would make the strings it avoids.
        values = values instanceof RowText ? values : List.copyOf(values);
    }

    public static SourceRow ok(long lineNumber, List<String> values, Columns columns) {
        return new SourceRow(lineNumber, values, columns, null);
    }

    public boolean hasProblem() {
        return problem != null;
    }

    /** The value of a column, or null when the column is unknown or the row is short. */
    public String get(String column) {
        return columns.indexOf(column).filter(i -> i < values.size()).map(values::get).orElse(null);
    }
}
