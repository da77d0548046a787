package org.recordrelief.adapter.mapping;

import java.util.List;
import java.util.stream.Collectors;
import org.recordrelief.formats.SourceRow;

/**
 * Reads the values that identify a person, a case or a count (whole columns, or parts of them cut with a
 * regex), joined into one key.
 */
public final class KeyReader {

    private final String target;
    private final List<FieldReader<String>> parts;

    public KeyReader(String target, List<FieldReader<String>> parts) {
        this.target = target;
        this.parts = List.copyOf(parts);
    }

    /** The key; empty parts stay empty, but a key with every part empty is a problem. */
    public String read(SourceRow row) {
        if (parts.size() == 1) {
            String v = parts.get(0).read(row);
            if (v == null || v.isEmpty()) {
                throw empty();
            }
            return v;
        }
        StringBuilder key = new StringBuilder();
        boolean any = false;
        for (FieldReader<String> part : parts) {
            String v = part.read(row);
            v = v == null ? "" : v;
            any |= !v.isEmpty();
            if (key.length() > 0) {
                key.append('\u001F');
            }
            key.append(v);
        }
        if (!any) {
            throw empty();
        }
        return key.toString();
    }

    private MappingProblem empty() {
        return new MappingProblem(parts.stream().map(FieldReader::column).collect(Collectors.joining("+"))
                + " (" + target + ")", "is empty, and the " + target + " is needed to group rows");
    }
}
