package org.recordrelief.adapter.mapping;

import java.util.List;
import org.recordrelief.formats.SourceRow;

/** Reads the columns that identify a person, a case or a count, joined into one key. */
public final class KeyReader {

    private final String target;
    private final List<String> columns;

    public KeyReader(String target, List<String> columns) {
        this.target = target;
        this.columns = List.copyOf(columns);
    }

    /** The key; empty parts stay empty, but a key with every part empty is a problem. */
    public String read(SourceRow row) {
        StringBuilder key = new StringBuilder();
        boolean any = false;
        for (String column : columns) {
            String v = row.get(column);
            v = v == null ? "" : v.trim();
            any |= !v.isEmpty();
            if (key.length() > 0) {
                key.append('\u001F');
            }
            key.append(v);
        }
        if (!any) {
            throw new MappingProblem(String.join("+", columns) + " (" + target + ")",
                    "is empty, and the " + target + " is needed to group rows");
        }
        return key.toString();
    }

    public List<String> columns() {
        return columns;
    }
}
