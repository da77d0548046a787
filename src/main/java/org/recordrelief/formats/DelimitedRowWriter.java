package org.recordrelief.formats;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import de.siegmar.fastcsv.writer.QuoteStrategy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes delimited rows with FastCSV. A value is quoted when it holds the delimiter, the quote or a line
 * break, and also when a reader could misread it bare: padding a trimming reader would drop, a first
 * character a reader could take for a comment or a quote, an empty first field (else a one-column empty row
 * is a blank line). Those are the values the DOJ file itself quotes ({@code "  -  "}, {@code "#"}), so a
 * county's rows go back in the bytes they came in. A format without a quote character cannot carry a value
 * that needs quotes, so such a value is refused by name rather than written where the reader would split it.
 */
public final class DelimitedRowWriter implements RowWriter {

    /** Stands in for the quote of an unquoted format; {@link #checkUnquoted} keeps it out of the text. */
    private static final char NO_QUOTE = Encodings.NO_QUOTE;

    private static final QuoteStrategy NEVER = new QuoteStrategy() { };

    /** Quotes what a reader could misread bare; {@code firstField} is the index the next record starts at. */
    private final class MisreadableBare implements QuoteStrategy {
        private int firstField;

        @Override
        public boolean quoteEmpty(int lineNo, int fieldIdx) {
            return fieldIdx + firstField == 0;
        }

        @Override
        public boolean quoteValue(int lineNo, int fieldIdx, String value) {
            return misreadableBare(value.charAt(0), value.charAt(value.length() - 1));
        }
    }

    private final Writer out;
    private final CsvWriter csv;
    private final String endMarker;
    private final String lineTerminator;
    private final char delimiter;
    private final char quote;
    private final boolean quoted;
    private final MisreadableBare misreadableBare = new MisreadableBare();
    private String emptyValues;
    private int emptyValuesCount;

    public DelimitedRowWriter(Writer out, DelimitedFormat format, String lineTerminator, List<String> header) {
        this.out = out;
        this.endMarker = format.endMarker();
        this.lineTerminator = lineTerminator == null ? "\r\n" : lineTerminator;
        this.delimiter = format.delimiterChar();
        this.quoted = format.quoteChar() != null;
        this.quote = quoted ? format.quoteChar() : NO_QUOTE;
        this.csv = CsvWriter.builder()
                .fieldSeparator(delimiter)
                .quoteCharacter(quote)
                .lineDelimiter(LineDelimiter.of(this.lineTerminator))
                .quoteStrategy(quoted ? misreadableBare : NEVER)
                .build(out);
        if (format.hasHeader() && header != null) {
            write(header);
        }
    }

    @Override
    public void write(List<String> values) {
        List<String> record = values;
        if (endMarker != null) {
            record = new ArrayList<>(values.size() + 1);
            record.addAll(values);
            record.add(endMarker);
        }
        if (!quoted) {
            checkUnquoted(record);
        }
        csv.writeRecord(record);
    }

    /**
     * Writes an input row with values after it, copying the input's text through when this writer would
     * write its values that way ({@link RowText#writtenAsIs}), else value by value. Flushes every row, so
     * meant for a writer into memory.
     */
    public void writeAppended(AppendedRow row) {
        if (!quoted || row.input().isEmpty() || !row.input().writtenAsIs(delimiter, quote)) {
            write(row);
            return;
        }
        List<String> rest = row.added();
        if (endMarker == null && allEmpty(rest)) {
            // most rows carry no determination: their values after the input are all empty, written bare
            flush();
            writeRaw(row.input().text(), emptyValues(rest.size()));
            return;
        }
        if (endMarker != null) {
            rest = new ArrayList<>(rest);
            rest.add(endMarker);
        }
        try {
            csv.flush();
            out.write(row.input().text());
            if (rest.isEmpty()) {
                out.write(lineTerminator);
                return;
            }
            out.write(delimiter);
            misreadableBare.firstField = row.input().size();
            csv.writeRecord(rest);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            misreadableBare.firstField = 0;
        }
    }

    private static boolean allEmpty(List<String> values) {
        for (String value : values) {
            if (value != null && !value.isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /** {@code count} empty values after a row's text, and the line's end. */
    private String emptyValues(int count) {
        if (emptyValues == null || emptyValuesCount != count) {
            emptyValues = String.valueOf(delimiter).repeat(count) + lineTerminator;
            emptyValuesCount = count;
        }
        return emptyValues;
    }

    private void writeRaw(String text, String after) {
        try {
            out.write(text);
            out.write(after);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether a value with this first and last character is quoted, though it holds nothing that needs it. */
    static boolean misreadableBare(char first, char last) {
        return first <= '#' || last <= ' ';
    }

    private void checkUnquoted(List<String> record) {
        for (String value : record) {
            if (value != null && (value.indexOf(delimiter) >= 0 || value.indexOf('\n') >= 0
                    || value.indexOf('\r') >= 0 || value.indexOf(NO_QUOTE) >= 0)) {
                throw new IllegalArgumentException("an output value holds the delimiter '" + delimiter
                        + "' or a line break, and the output format has no quote character; set output.delimited.quote");
            }
        }
    }

    /** Hands everything written so far to the underlying writer, and flushes it. */
    public void flush() {
        try {
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            csv.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
