package org.recordrelief.adapter.mapping;

/**
 * Turns a non-empty text value into a canonical value, or says why it cannot. The same text always gives
 * an equal, immutable value: a {@link FieldReader} reuses the value of the text it converted last.
 */
@FunctionalInterface
public interface Converter<T> {

    /**
     * @param text the value, trimmed and not empty
     * @throws IllegalArgumentException with a plain-language reason written to follow the value ("is not a
     *                                  whole number"): the caller shows the value, or hides it when personal
     */
    T convert(String text);
}
