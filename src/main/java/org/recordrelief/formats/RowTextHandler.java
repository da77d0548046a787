package org.recordrelief.formats;

import de.siegmar.fastcsv.reader.AbstractBaseCsvCallbackHandler;
import de.siegmar.fastcsv.reader.CsvParseException;
import java.util.Arrays;

/**
 * Collects the fields FastCSV parses into one {@link RowText} per record: one string for the whole row
 * instead of one per value. Reused record after record, so it allocates only the row's text and bounds.
 */
final class RowTextHandler extends AbstractBaseCsvCallbackHandler<RowText> {

    private final char delimiter;
    private final char quote;
    private final int maxRowChars;
    private char[] text = new char[1 << 12];
    private int length;
    private int[] starts = new int[128];
    private int[] ends = new int[128];
    private boolean asIs;
    private boolean asIsBeforeLast;

    RowTextHandler(char delimiter, char quote, int maxRowChars) {
        this.delimiter = delimiter;
        this.quote = quote;
        this.maxRowChars = maxRowChars;
    }

    @Override
    protected void handleBegin(long startingLineNumber) {
        length = 0;
        asIs = true;
    }

    @Override
    protected void handleField(int index, char[] buf, int offset, int len, boolean quoted) {
        room(index, len + 3);
        if (index > 0) {
            text[length++] = delimiter;
        }
        if (quoted) {
            text[length++] = quote;
        }
        starts[index] = length;
        System.arraycopy(buf, offset, text, length, len);
        asIsBeforeLast = asIs;
        // checked here, while the value's characters are at hand: a bare value's only, not the row's quotes
        asIs = asIs && (quoted ? RowText.quotedAsTheWriterWould(index, buf, offset, offset + len, delimiter, quote)
                : RowText.bareAsTheWriterWould(index, buf, offset, offset + len, quote));
        length += len;
        ends[index] = length;
        if (quoted) {
            text[length++] = quote;
        }
    }

    private void room(int index, int chars) {
        if ((long) length + chars > maxRowChars) {
            throw new CsvParseException("the row exceeds the max row size of " + maxRowChars + " characters");
        }
        if (length + chars > text.length) {
            text = Arrays.copyOf(text, Math.max(text.length * 2, length + chars));
        }
        if (index >= starts.length) {
            starts = Arrays.copyOf(starts, starts.length * 2);
            ends = Arrays.copyOf(ends, ends.length * 2);
        }
    }

    @Override
    protected RowText buildRecord() {
        return new RowText(getStartingLineNumber(), new String(text, 0, length), starts, ends, getFieldCount(),
                delimiter, quote, asIs, asIsBeforeLast);
    }
}
