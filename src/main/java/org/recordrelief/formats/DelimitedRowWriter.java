package org.recordrelief.formats;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/** Writes delimited rows with commons-csv, quoting only where a value needs it. */
public final class DelimitedRowWriter implements RowWriter {

    private final CSVPrinter printer;
    private final String endMarker;

    public DelimitedRowWriter(Writer out, DelimitedFormat format, String lineTerminator, List<String> header) {
        this.endMarker = format.endMarker();
        try {
            CSVFormat csv = CSVFormat.DEFAULT.builder()
                    .setDelimiter(format.delimiterChar())
                    .setQuote(format.quoteChar())
                    .setQuoteMode(format.quoteChar() == null ? QuoteMode.NONE : QuoteMode.MINIMAL)
                    .setEscape(format.quoteChar() == null ? Character.valueOf('\\') : null)
                    .setRecordSeparator(lineTerminator == null ? "\r\n" : lineTerminator)
                    .get();
            this.printer = new CSVPrinter(out, csv);
            if (format.hasHeader() && header != null) {
                write(header);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void write(List<String> values) {
        try {
            if (endMarker == null) {
                printer.printRecord(values);
            } else {
                List<String> withMarker = new ArrayList<>(values);
                withMarker.add(endMarker);
                printer.printRecord(withMarker);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            printer.close(true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
