package org.recordrelief.adapter.mapping;

import java.util.Objects;
import java.util.function.Function;

/**
 * The answer of a pure function for the text it was last asked about: a person's rows come together and
 * repeat their name, date of birth, ids and step type, so most rows ask about the text the row before did.
 * Shared by the threads that read rows, each seeing some recent answer (the pair is immutable), so a race
 * costs a second computation, never a wrong answer. A failure is not remembered.
 */
final class LastAnswer<V> {

    private record Answer<V>(String text, V value) {
    }

    private final Function<String, V> function;
    private Answer<V> last;

    LastAnswer(Function<String, V> function) {
        this.function = function;
    }

    V apply(String text) {
        Answer<V> answer = last;
        if (answer != null && Objects.equals(answer.text(), text)) {
            return answer.value();
        }
        V value = function.apply(text);
        last = new Answer<>(text, value);
        return value;
    }
}
