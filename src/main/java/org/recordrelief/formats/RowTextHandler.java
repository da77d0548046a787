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
    /** Which values of the row were quoted: their quotes are not in a bare value. */
    private boolean[] quotedValues = new boolean[128];

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
        quotedValues[index] = quoted;
        starts[index] = length;
        System.arraycopy(buf, offset, text, length, len);
        asIsBeforeLast = asIs;
        // a bare value holding a quote is found when the row is built (buildRecord), faster over the whole row
        asIs = asIs && (quoted ? RowText.quotedAsTheWriterWould(index, buf, offset, offset + len, delimiter, quote)
                : RowText.bareAsTheWriterWould(index, buf, offset, offset + len));
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
            quotedValues = Arrays.copyOf(quotedValues, quotedValues.length * 2);
        }
    }

    @Override
    protected RowText buildRecord() {
        int n = getFieldCount();
        String row = new String(text, 0, length);
        boolean all = asIs;
        boolean allButLast = asIsBeforeLast;
        if (all || allButLast) {
            // the writer would quote a bare value that holds a quote: the first such value decides both
            int first = firstBareValueWithQuote(row, n);
            if (first >= 0) {
                all = false;
                allButLast &= first == n - 1;
            }
        }
        return new RowText(getStartingLineNumber(), row, starts, ends, n, delimiter, quote, all, allButLast);
    }

    /**
     * The index of the first unquoted value holding the quote character, or -1. Walks the row's quotes once
     * ({@code String.indexOf} scans fast), the values beside them: the quotes of a quoted value are skipped.
     */
    private int firstBareValueWithQuote(String row, int n) {
        int i = 0;
        for (int at = row.indexOf(quote); at >= 0; at = row.indexOf(quote, at + 1)) {
            // past value i and its closing quote: the quote is in a later value
            while (i < n && at >= ends[i] + (quotedValues[i] ? 1 : 0)) {
                i++;
            }
            if (i == n) {
                return -1;
            }
            if (!quotedValues[i] && at >= starts[i]) {
                return i;
            }
        }
        return -1;
    }
}
