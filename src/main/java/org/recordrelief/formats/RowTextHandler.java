package org.recordrelief.formats;

import de.siegmar.fastcsv.reader.AbstractBaseCsvCallbackHandler;
import de.siegmar.fastcsv.reader.CsvParseException;
import java.util.Arrays;

/**
 * Collects the fields FastCSV parses into one {@link RowText} per record: one string for the whole row
 * instead of one per value. Reused record after record, so it allocates only the row's text and bounds.
 * <p>
 * A row is usually its own text: values joined by the delimiter, each quoted or not as the text has it. The
 * row is then taken from the characters the parser read ({@link KeptChars}) in one copy, and only where each
 * value lies is noted value by value. A row whose text differs from its values (a quoted value holding a
 * quote, written doubled) is copied value by value, as the writer would write it.
 */
final class RowTextHandler extends AbstractBaseCsvCallbackHandler<RowText> {

    private final char delimiter;
    private final char quote;
    private final int maxRowChars;
    /** The characters read, when the row can be taken from them; else null. */
    private final KeptChars kept;
    private char[] text = new char[1 << 12];
    private int length;
    /** Where each value starts and ends, as {@link RowText} keeps them: chars while they fit, then ints. */
    private char[] bounds = new char[256];
    private int[] wideBounds;
    private boolean wide;
    private boolean asIs;
    private boolean asIsBeforeLast;
    /** Whether the row so far is the text read between {@link #rowStart} and {@link #rowEnd}. */
    private boolean inPlace;
    private long rowStart;
    private long rowEnd;

    RowTextHandler(char delimiter, char quote, int maxRowChars, KeptChars kept) {
        this.delimiter = delimiter;
        this.quote = quote;
        this.maxRowChars = maxRowChars;
        this.kept = kept;
    }

    @Override
    protected void handleBegin(long startingLineNumber) {
        length = 0;
        asIs = true;
        wide = false;
        inPlace = kept != null && kept.positionsKnown();
    }

    @Override
    protected void handleField(int index, char[] buf, int offset, int len, boolean quoted) {
        if (inPlace) {
            if (inPlace(index, buf, offset, len, quoted)) {
                return;
            }
            leavePlace(index);
        }
        copy(index, buf, offset, len, quoted);
    }

    /**
     * Notes where the value lies when the text read holds it as the writer's form would (it follows the
     * row's text so far, and a quoted value holds no quote, which the text would double); else false.
     */
    private boolean inPlace(int index, char[] buf, int offset, int len, boolean quoted) {
        long at = kept.position(offset);
        long from = quoted ? at - 1 : at;
        if (index == 0) {
            rowStart = from;
            rowEnd = from;
            kept.keepFrom(from);
        } else if (from != rowEnd + 1) {
            return false;
        }
        // the limit as the value-by-value copy counts it: the row so far, the value, a delimiter and two quotes
        if ((index == 0 ? 0 : rowEnd - rowStart) + len + 3 > maxRowChars) {
            throw tooLong();
        }
        int end = offset + len;
        boolean writerWould;
        if (quoted) {
            // read with a quote inside (doubled), or without its closing quote (a quote left open at the end)
            if (RowText.holds(buf, offset, end, quote) || !kept.readAt(at + len, quote)) {
                return false;
            }
            writerWould = RowText.quotedWithoutQuoteAsTheWriterWould(index, buf, offset, end, delimiter);
        } else {
            writerWould = RowText.bareAsTheWriterWould(index, buf, offset, end, quote);
        }
        long valueEnd = at + len;
        bound(index, (int) (at - rowStart), (int) (valueEnd - rowStart));
        rowEnd = quoted ? valueEnd + 1 : valueEnd;
        asIsBeforeLast = asIs;
        asIs = asIs && writerWould;
        return true;
    }

    /** From this value on the row is copied value by value: the text so far first. */
    private void leavePlace(int index) {
        inPlace = false;
        int chars = index == 0 ? 0 : (int) (rowEnd - rowStart);
        room(chars);
        kept.copy(rowStart, rowStart + chars, text, 0);
        length = chars;
    }

    private void copy(int index, char[] buf, int offset, int len, boolean quoted) {
        room(len + 3);
        if (index > 0) {
            text[length++] = delimiter;
        }
        if (quoted) {
            text[length++] = quote;
        }
        int start = length;
        System.arraycopy(buf, offset, text, length, len);
        asIsBeforeLast = asIs;
        // checked here, while the value's characters are at hand: a bare value's only, not the row's quotes
        asIs = asIs && (quoted ? RowText.quotedAsTheWriterWould(index, buf, offset, offset + len, delimiter, quote)
                : RowText.bareAsTheWriterWould(index, buf, offset, offset + len, quote));
        length += len;
        bound(index, start, length);
        if (quoted) {
            text[length++] = quote;
        }
    }

    private void bound(int index, int start, int end) {
        if (2 * index + 1 >= bounds.length) {
            bounds = Arrays.copyOf(bounds, 2 * bounds.length);
        }
        if (!wide && end > Character.MAX_VALUE) {
            widen(index);
        }
        if (wide) {
            if (2 * index + 1 >= wideBounds.length) {
                wideBounds = Arrays.copyOf(wideBounds, 2 * wideBounds.length);
            }
            wideBounds[2 * index] = start;
            wideBounds[2 * index + 1] = end;
        } else {
            bounds[2 * index] = (char) start;
            bounds[2 * index + 1] = (char) end;
        }
    }

    /** A row of 65,536 characters or more: its bounds from here on as ints, those so far with them. */
    private void widen(int index) {
        wide = true;
        if (wideBounds == null || wideBounds.length < bounds.length) {
            wideBounds = new int[bounds.length];
        }
        for (int i = 0; i < 2 * index; i++) {
            wideBounds[i] = bounds[i];
        }
    }

    private void room(int chars) {
        if ((long) length + chars > maxRowChars) {
            throw tooLong();
        }
        if (length + chars > text.length) {
            text = Arrays.copyOf(text, Math.max(text.length * 2, length + chars));
        }
    }

    private CsvParseException tooLong() {
        return new CsvParseException("the row exceeds the max row size of " + maxRowChars + " characters");
    }

    @Override
    protected RowText buildRecord() {
        int size = getFieldCount();
        String row = !inPlace ? new String(text, 0, length) : size == 0 ? "" : kept.text(rowStart, rowEnd);
        return new RowText(getStartingLineNumber(), row, wide ? null : Arrays.copyOf(bounds, 2 * size),
                wide ? Arrays.copyOf(wideBounds, 2 * size) : null, size, delimiter, quote, asIs, asIsBeforeLast);
    }
}
