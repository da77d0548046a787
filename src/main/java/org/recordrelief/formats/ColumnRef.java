package org.recordrelief.formats;

/**
 * A column named in a descriptor, read from rows by its index: the name is looked up once per source (per
 * {@link Columns}), not once per row.
 */
public final class ColumnRef {

    private record Resolved(Columns columns, int index) {
    }

    private final String name;
    private volatile Resolved resolved;

    public ColumnRef(String name) {
        this.name = name;
    }

    public String name() {
        return name;
    }

    /** The row's value in this column, or null when the source has no such column or the row is short. */
    public String read(SourceRow row) {
        Resolved r = resolved;
        if (r == null || r.columns() != row.columns()) {
            r = new Resolved(row.columns(), row.columns().indexOf(name).orElse(-1));
            resolved = r;
        }
        int i = r.index();
        return i < 0 || i >= row.values().size() ? null : row.values().get(i);
    }
}
