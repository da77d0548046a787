package org.recordrelief.formats;

import java.util.List;

/**
 * A column named in a descriptor, read from rows by its index: the name is looked up once per source (per
 * {@link Columns}), not once per row. A value equal to the one it read last is given back as that same
 * string: an export's rows come person by person, so names, dates of birth and ids repeat row after row,
 * and what is worked out from a string (its hash, a remembered conversion) is then not worked out again.
 */
public final class ColumnRef {

    private record Resolved(Columns columns, int index) {
    }

    private final String name;
    private volatile Resolved resolved;
    /** Read by the threads that read rows, each seeing some recent value; a string is safe to share so. */
    private String last;

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
        List<String> values = row.values();
        if (i < 0 || i >= values.size()) {
            return null;
        }
        if (!(values instanceof RowText text)) {
            return values.get(i);
        }
        String previous = last;
        if (previous != null && text.valueIs(i, previous)) {
            return previous;
        }
        String value = text.get(i);
        last = value;
        return value;
    }
}
