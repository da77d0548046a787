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
    private final int[] starts;
    private final int[] ends;
    private final int size;
    private final char delimiter;
    private final char quote;
    /** 0 until {@link #writtenAsIs} is first asked (on the thread that writes results, not the one that parses). */
    private byte asIs;

    RowText(long lineNumber, String text, int[] starts, int[] ends, int size, char delimiter, char quote) {
        this.lineNumber = lineNumber;
        this.text = text;
        this.starts = starts;
        this.ends = ends;
        this.size = size;
        this.delimiter = delimiter;
        this.quote = quote;
    }

    @Override
    public String get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        return text.substring(starts[index], ends[index]);
    }

    @Override
    public int size() {
        return size;
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
            int length = ends[i] - starts[i];
            if (other.ends[i] - other.starts[i] != length
                    || !text.regionMatches(starts[i], other.text, other.starts[i], length)) {
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
        if (writerDelimiter != delimiter || writerQuote != quote) {
            return false;
        }
        if (asIs == 0) {
            asIs = quotedAsTheWriterQuotes() ? (byte) 1 : (byte) 2;
        }
        return asIs == 1;
    }

    /**
     * A bare value came from the parser, which ends a bare value at the delimiter or a line break, so of the
     * characters that make the writer quote, it can hold only the quote. The quotes of a row are few: the
     * next one is found once and kept until passed, and only quoted values are looked through whole. This
     * runs for every row of every export on the thread that evaluates: looking through every value, in 2,000
     * DOJ rows held in cache, took twice as long (800 against 410 ns a row).
     */
    private boolean quotedAsTheWriterQuotes() {
        int nextQuote = -1;
        int rawStart = 0;
        for (int i = 0; i < size; i++) {
            int from = starts[i];
            int to = ends[i];
            boolean quoted = from != rawStart;
            if (from == to) {
                if (quoted != (i == 0)) {
                    return false;
                }
            } else {
                if (nextQuote < from) {
                    int at = text.indexOf(quote, from);
                    nextQuote = at < 0 ? Integer.MAX_VALUE : at;
                }
                // the writer would quote a value holding a quote, and double it inside quotes: never as is
                if (nextQuote < to) {
                    return false;
                }
                boolean writerQuotes = DelimitedRowWriter.misreadableBare(text.charAt(from), text.charAt(to - 1))
                        || quoted && holdsDelimiterOrLineBreak(from, to);
                if (quoted != writerQuotes) {
                    return false;
                }
            }
            rawStart = to + (quoted ? 1 : 0) + 1;
        }
        return true;
    }

    private boolean holdsDelimiterOrLineBreak(int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
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
                if (at >= starts[i] && at < ends[i]) {
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
        int cut = n == 0 ? 0 : starts[n] - (text.charAt(starts[n] - 1) == delimiter ? 1 : 2);
        return new RowText(lineNumber, text.substring(0, cut), Arrays.copyOf(starts, n), Arrays.copyOf(ends, n), n,
                delimiter, quote);
    }
}
