package org.recordrelief.adapter.mapping;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Maps a county's codes to canonical values: exact values first (case-insensitive), then patterns with
 * {@code *} in the order written. A value the map does not know is reported, never guessed.
 */
public final class ValueMapConverter<T> implements Converter<T> {

    private record Glob(Pattern pattern, Object value) {
    }

    private static final Object NOT_IN_MAP = new Object();
    private static final int DISTINCT_VALUES_REMEMBERED = 10_000;

    private final Map<String, T> exact = new HashMap<>();
    /** What each distinct text maps to, so the patterns are matched once per text, not once per row. */
    private final Memo<Object> matched = new Memo<>(this::match, DISTINCT_VALUES_REMEMBERED);
    private final List<Glob> globs = new ArrayList<>();

    /**
     * @param map   export value (or pattern) to canonical text
     * @param parse turns the canonical text into the target value; throws IllegalArgumentException with the
     *              allowed values when it cannot
     */
    public ValueMapConverter(Map<String, String> map, Function<String, T> parse) {
        for (Map.Entry<String, String> e : map.entrySet()) {
            T value = parse.apply(e.getValue());
            String key = e.getKey().trim().toUpperCase(Locale.ROOT);
            if (key.contains("*")) {
                String regex = ("\\Q" + key + "\\E").replace("*", "\\E.*\\Q");
                globs.add(new Glob(Pattern.compile(regex), value));
            } else {
                exact.put(key, value);
            }
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public T convert(String text) {
        Object value = matched.apply(text);
        if (value == NOT_IN_MAP) {
            throw new IllegalArgumentException("is not in the descriptor's map (add it, with the canonical "
                    + "value it means)");
        }
        return (T) value;
    }

    private Object match(String text) {
        String key = text.trim().toUpperCase(Locale.ROOT);
        T value = exact.get(key);
        if (value != null) {
            return value;
        }
        for (Glob glob : globs) {
            if (glob.pattern().matcher(key).matches()) {
                return glob.value();
            }
        }
        return NOT_IN_MAP;
    }
}
