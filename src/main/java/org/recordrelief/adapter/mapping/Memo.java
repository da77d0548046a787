package org.recordrelief.adapter.mapping;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Remembers the answers of a pure function of a text. The values a county codes (dispositions, levels,
 * offence descriptions) repeat over millions of rows, so most rows reuse an answer instead of matching
 * patterns again. It stops learning when full, so an export of mostly distinct values cannot grow it
 * without bound; the function is then simply called.
 */
final class Memo<V> {

    /** How many distinct texts a pattern's answers are kept for. */
    private static final int DISTINCT_TEXTS_FOUND_IN = 10_000;

    private final Function<String, V> function;
    private final int capacity;
    private final Map<String, V> answers = new ConcurrentHashMap<>();

    Memo(Function<String, V> function, int capacity) {
        this.function = function;
        this.capacity = capacity;
    }

    /** Whether {@code pattern} is found in a text, within {@link BoundedMatch}'s budget, remembered per text. */
    static Memo<Boolean> finding(Pattern pattern) {
        return new Memo<>(text -> BoundedMatch.matcher(pattern, text).find(), DISTINCT_TEXTS_FOUND_IN);
    }

    V apply(String text) {
        V known = answers.get(text);
        if (known != null) {
            return known;
        }
        V value = function.apply(text);
        if (value != null && answers.size() < capacity) {
            answers.put(text, value);
        }
        return value;
    }

    int size() {
        return answers.size();
    }
}
