package org.recordrelief.formats;

/**
 * How a fixed-width export is laid out; the fields themselves are the descriptor's columns, each with
 * {@code start} (1-based) and {@code length}.
 *
 * @param recordLength when set, every line must be exactly this long (a shorter line is cut off)
 * @param skipLines    header lines to skip before the first record
 */
public record FixedWidthFormat(Integer recordLength, Integer skipLines) {

    public static final FixedWidthFormat PLAIN = new FixedWidthFormat(null, 0);

    public int linesToSkip() {
        return skipLines == null ? 0 : skipLines;
    }
}
