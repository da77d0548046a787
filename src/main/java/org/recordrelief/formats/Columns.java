package org.recordrelief.formats;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The ordered column names of a source, shared by all its rows, with a case-insensitive lookup. */
public final class Columns {

    private final List<String> names;
    private final Map<String, Integer> index = new HashMap<>();

    public Columns(List<String> names) {
        this.names = List.copyOf(names);
        for (int i = 0; i < names.size(); i++) {
            index.putIfAbsent(key(names.get(i)), i);
        }
    }

    public List<String> names() {
        return names;
    }

    public int size() {
        return names.size();
    }

    public Optional<Integer> indexOf(String name) {
        return Optional.ofNullable(index.get(key(name)));
    }

    private static String key(String name) {
        return name.trim().toUpperCase(Locale.ROOT);
    }
}
