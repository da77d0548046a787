package org.recordrelief.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import org.junit.jupiter.api.Test;

/**
 * The results writer moved from commons-csv to FastCSV; counties' files must come out in the same bytes,
 * so every value shape is written by both and compared.
 */
class DelimitedRowWriterTest {

    @Test
    void quotesExactlyWhatThePreviousWriterQuoted() throws IOException {
        List<List<String>> rows = new ArrayList<>();
        for (char c = 1; c < 0x7f; c++) {
            String s = String.valueOf(c);
            rows.add(List.of(s, "x" + s, s + "x", "x" + s + "x", s));
        }
        rows.add(List.of("", "a", ""));
        rows.add(List.of("a", "", "b"));
        rows.add(Arrays.asList(null, "a", null));
        rows.add(List.of("  -  ", "#", "NUTMEG,GRAY", "say \"hi\"", "two\nlines", "cr\rhere", "tab\tin"));
        rows.add(List.of("é", "Ωmega", "trailing ", " leading", "-"));

        for (DelimitedFormat format : List.of(DelimitedFormat.CSV, new DelimitedFormat("\\t", null, true, null),
                new DelimitedFormat("|", "'", true, null), new DelimitedFormat(",", "\"", true, "EOR"))) {
            for (String terminator : List.of("\r\n", "\n")) {
                assertSameText(written(format, terminator, rows), previousWriter(format, terminator, rows),
                        format + " ending lines with " + escaped(terminator));
            }
        }
    }

    @Test
    void aFormatWithoutQuotesWritesValuesBareAndRefusesOneThatHoldsTheDelimiter() {
        DelimitedFormat pipes = new DelimitedFormat("|", "", false, null);
        assertThat(written(pipes, "\n", List.of(List.of("  -  ", "#", "a,b", "")))).isEqualTo("  -  |#|a,b|\n");

        assertThatThrownBy(() -> written(pipes, "\n", List.of(List.of("a|b"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("delimiter '|'").hasMessageContaining("output.delimited.quote");
        assertThatThrownBy(() -> written(pipes, "\n", List.of(List.of("two\nlines"))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theHeaderIsWrittenOnlyWhenTheFormatHasOne() {
        assertThat(written(new DelimitedFormat(",", "\"", false, null), "\n", List.of(List.of("1"))))
                .isEqualTo("1\n");
        StringWriter out = new StringWriter();
        try (RowWriter writer = new DelimitedRowWriter(out, DelimitedFormat.CSV, "\n", List.of("A", "B"))) {
            writer.write(List.of("1", "2"));
        }
        assertThat(out).hasToString("A,B\n1,2\n");
    }

    /** Shows where two texts part, with control characters visible. */
    private static void assertSameText(String actual, String expected, String what) {
        int at = 0;
        while (at < Math.min(actual.length(), expected.length()) && actual.charAt(at) == expected.charAt(at)) {
            at++;
        }
        assertThat(escaped(actual.substring(Math.max(0, at - 20), Math.min(actual.length(), at + 20)))).as(what)
                .isEqualTo(escaped(expected.substring(Math.max(0, at - 20), Math.min(expected.length(), at + 20))));
        assertThat(actual).as(what).isEqualTo(expected);
    }

    private static String escaped(String s) {
        StringBuilder b = new StringBuilder();
        s.chars().forEach(c -> b.append(c < 0x20 ? String.format("\\x%02x", c) : String.valueOf((char) c)));
        return b.toString();
    }

    private static String written(DelimitedFormat format, String terminator, List<List<String>> rows) {
        StringWriter out = new StringWriter();
        try (RowWriter writer = new DelimitedRowWriter(out, format, terminator, null)) {
            rows.forEach(writer::write);
        }
        return out.toString();
    }

    /** The commons-csv settings the results were written with before FastCSV. */
    private static String previousWriter(DelimitedFormat format, String terminator, List<List<String>> rows)
            throws IOException {
        StringWriter out = new StringWriter();
        CSVFormat csv = CSVFormat.DEFAULT.builder().setDelimiter(format.delimiterChar())
                .setQuote(format.quoteChar()).setQuoteMode(QuoteMode.MINIMAL).setRecordSeparator(terminator).get();
        try (CSVPrinter printer = new CSVPrinter(out, csv)) {
            for (List<String> row : rows) {
                List<String> record = new ArrayList<>(row);
                if (format.endMarker() != null) {
                    record.add(format.endMarker());
                }
                printer.printRecord(record);
            }
        }
        return out.toString();
    }
}
