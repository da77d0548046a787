package org.recordrelief.adapter.mapping;

/** Turns a non-empty text value into a canonical value, or says why it cannot. */
@FunctionalInterface
public interface Converter<T> {

    /**
     * @param text   the value, trimmed and not empty
     * @param shown  how to quote the value in a message: the value itself, or a neutral phrase for personal data
     * @throws IllegalArgumentException with a plain-language reason
     */
    T convert(String text, String shown);
}
