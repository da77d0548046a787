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

    private static final QuoteStrategy MISREADABLE_BARE = new QuoteStrategy() {
        @Override
        public boolean quoteEmpty(int lineNo, int fieldIdx) {
            return fieldIdx == 0;
        }

        @Override
        public boolean quoteValue(int lineNo, int fieldIdx, String value) {
            return value.charAt(0) <= '#' || value.charAt(value.length() - 1) <= ' ';
        }
    };

    private final CsvWriter csv;
    private final String endMarker;
    private final char delimiter;
    private final boolean quoted;

    public DelimitedRowWriter(Writer out, DelimitedFormat format, String lineTerminator, List<String> header) {
        this.endMarker = format.endMarker();
        this.delimiter = format.delimiterChar();
        this.quoted = format.quoteChar() != null;
        this.csv = CsvWriter.builder()
                .fieldSeparator(delimiter)
                .quoteCharacter(quoted ? format.quoteChar() : NO_QUOTE)
                .lineDelimiter(LineDelimiter.of(lineTerminator == null ? "\r\n" : lineTerminator))
                .quoteStrategy(quoted ? MISREADABLE_BARE : NEVER)
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
