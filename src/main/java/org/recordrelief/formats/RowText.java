package org.recordrelief.formats;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.RandomAccess;

/**
 * One delimited row kept as a single text, with where each value starts and ends in it. A value becomes a
 * string only when it is asked for: a descriptor reads a few dozen of the DOJ file's 95 columns, and the
 * results file copies the row back whole ({@link #writtenAsIs()}), so most values never need one.
 * <p>
 * The text is the row as {@link DelimitedRowWriter} would write these values: each value, quoted where the
 * input had quoted it, joined by the delimiter. When the input's quoting is also the writer's
 * ({@link #writtenAsIs()}), the text can be written back unchanged.
 */
public final class RowText extends AbstractList<String> implements RandomAccess {

    private final long lineNumber;
    private final String text;
    /**
     * Where each value starts and ends in the text, side by side ({@code start0, end0, start1, ...}): as
     * {@code char}s when the text is shorter than 65,536 characters, as nearly every row is, else as
     * {@code int}s. Half the memory for the other thread to fetch and the collector to copy.
     */
    private final char[] bounds;
    private final int[] wideBounds;
    private final int size;
    private final char delimiter;
    private final char quote;
    /** Each value quoted exactly as the writer would quote it ({@link #quotedAsTheWriterWould}). */
    private final boolean asIs;
    /** The same for all values but the last, for {@link #withoutLast}. */
    private final boolean asIsWithoutLast;

    /**
     * {@code bounds} ({@code start0, end0, start1, ...}) as {@code char}s, or, for a text of 65,536 characters
     * or more, {@code wideBounds} as {@code int}s; kept as given.
     */
    RowText(long lineNumber, String text, char[] bounds, int[] wideBounds, int size, char delimiter, char quote,
            boolean asIs, boolean asIsWithoutLast) {
        this.lineNumber = lineNumber;
        this.text = text;
        this.bounds = bounds;
        this.wideBounds = bounds == null ? wideBounds : null;
        this.size = size;
        this.delimiter = delimiter;
        this.quote = quote;
        this.asIs = asIs;
        this.asIsWithoutLast = asIsWithoutLast;
    }

    private int start(int index) {
        return bounds != null ? bounds[2 * index] : wideBounds[2 * index];
    }

    private int end(int index) {
        return bounds != null ? bounds[2 * index + 1] : wideBounds[2 * index + 1];
    }

    @Override
    public String get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        return text.substring(start(index), end(index));
    }

    @Override
    public int size() {
        return size;
    }

    /** Whether the value at {@code index} is {@code value}, compared in place: no string is made. */
    public boolean valueIs(int index, String value) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        int start = start(index);
        int length = end(index) - start;
        return value.length() == length && text.regionMatches(start, value, 0, length);
    }

    /** The line of the file the row starts on. */
    public long lineNumber() {
        return lineNumber;
    }

    /** Compares values in place when both rows are texts, else as lists do. */
    @Override
    public boolean equals(Object o) {
        if (!(o instanceof RowText other)) {
            return super.equals(o);
        }
        if (other.size != size) {
            return false;
        }
        for (int i = 0; i < size; i++) {
            int length = end(i) - start(i);
            if (other.end(i) - other.start(i) != length
                    || !text.regionMatches(start(i), other.text, other.start(i), length)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }

    /** The row's text: its values joined by the delimiter, quoted as the input quoted them. */
    public String text() {
        return text;
    }

    /**
     * True when a writer with this delimiter and quote would write these values as {@link #text()}: it quotes
     * exactly the values the input quoted, and none holds a quote it would double.
     */
    public boolean writtenAsIs(char writerDelimiter, char writerQuote) {
        return asIs && writerDelimiter == delimiter && writerQuote == quote;
    }

    /**
     * Whether {@link DelimitedRowWriter} would write this value, which the input quoted, as the input had it:
     * quoted, with no quote inside to double. Asked by the parser for each value as it copies it, while the
     * characters are at hand, so a row is immutable once made.
     */
    static boolean quotedAsTheWriterWould(int index, char[] chars, int from, int to, char delimiter, char quote) {
        return !holds(chars, from, to, quote) && quotedWithoutQuoteAsTheWriterWould(index, chars, from, to, delimiter);
    }

    /** {@link #quotedAsTheWriterWould} for a value already known to hold no quote. */
    static boolean quotedWithoutQuoteAsTheWriterWould(int index, char[] chars, int from, int to, char delimiter) {
        if (from == to) {
            return index == 0;
        }
        return DelimitedRowWriter.misreadableBare(chars[from], chars[to - 1])
                || holdsDelimiterOrLineBreak(chars, from, to, delimiter);
    }

    /**
     * The same for a value the input left bare: the writer leaves it bare unless it holds a quote or could be
     * misread bare. It can hold no delimiter or line break: they end it.
     */
    static boolean bareAsTheWriterWould(int index, char[] chars, int from, int to, char quote) {
        if (from == to) {
            return index != 0;
        }
        return !holds(chars, from, to, quote) && !DelimitedRowWriter.misreadableBare(chars[from], chars[to - 1]);
    }

    /** Whether the characters between {@code from} and {@code to} hold {@code c}. */
    static boolean holds(char[] chars, int from, int to, char c) {
        for (int i = from; i < to; i++) {
            if (chars[i] == c) {
                return true;
            }
        }
        return false;
    }

    private static boolean holdsDelimiterOrLineBreak(char[] chars, int from, int to, char delimiter) {
        for (int i = from; i < to; i++) {
            char c = chars[i];
            if (c == delimiter || c == '\n' || c == '\r') {
                return true;
            }
        }
        return false;
    }

    /** The index of the first value holding {@code c}, or -1. */
    public int firstValueWith(char c) {
        for (int at = text.indexOf(c); at >= 0; at = text.indexOf(c, at + 1)) {
            for (int i = 0; i < size; i++) {
                if (at >= start(i) && at < end(i)) {
                    return i;
                }
            }
        }
        return -1;
    }

    /** The row without its last value (an end marker), keeping its text in the same form. */
    public RowText withoutLast() {
        if (size == 0) {
            return this;
        }
        int n = size - 1;
        int cut = n == 0 ? 0 : start(n) - (text.charAt(start(n) - 1) == delimiter ? 1 : 2);
        // the cut of a cut is never copied through: written value by value, it is right all the same
        return new RowText(lineNumber, text.substring(0, cut), bounds == null ? null : Arrays.copyOf(bounds, 2 * n),
                wideBounds == null ? null : Arrays.copyOf(wideBounds, 2 * n), n, delimiter, quote, asIsWithoutLast,
                false);
    }
}
