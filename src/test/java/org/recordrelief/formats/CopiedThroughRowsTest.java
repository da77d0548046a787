package org.recordrelief.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A results row copies its input row's text through when the writer would write those values the same way.
 * Every row here is written both ways, copied through and value by value, and the bytes must be the same:
 * input quoted as the writer quotes, quoted where the writer would not, bare where it would quote, quotes
 * inside values, empty first values, line breaks, end markers, other delimiters.
 */
class CopiedThroughRowsTest {

    private static final List<String> SHAPES = List.of("", "a", "  -  ", "-", "#", "#x", " lead", "trail ", "a,b",
            "a|b", "say \"hi\"", "it's", "two\nlines", "cr\rhere", "tab\tin", "é", "!", "x!", "\"", "''");

    @Test
    void copyingTheInputThroughWritesTheSameBytesAsWritingEachValue() {
        Random random = new Random(64);
        for (DelimitedFormat format : List.of(new DelimitedFormat(",", "\"", false, null),
                new DelimitedFormat("|", "'", false, null), new DelimitedFormat(",", "\"", false, "EOR"),
                new DelimitedFormat("\\t", "\"", false, null))) {
            List<String> inputs = new ArrayList<>();
            for (int i = 0; i < 3000; i++) {
                inputs.add(inputLine(format, random));
            }
            compareBothWays(format, inputs);
        }
    }

    @Test
    void aRowTheWriterWouldQuoteDifferentlyIsWrittenValueByValue() {
        DelimitedFormat csv = new DelimitedFormat(",", "\"", false, null);
        // Quoted where the writer would not quote, bare where it would, a quote inside a bare value.
        List<RowText> rows = parsed(csv, List.of("\"a\",b", "#,b", "a,x\"y", "\"  -  \",b", ",b"));
        assertThat(rows).extracting(r -> r.writtenAsIs(',', '"')).containsExactly(false, false, false, true, false);
        compareBothWays(csv, List.of("\"a\",b", "#,b", "a,x\"y", "\"  -  \",b", ",b"));
    }

    @Test
    void aQuoteInABareValueIsFoundBesideQuotedValuesAndBeforeAnEndMarker() {
        DelimitedFormat csv = new DelimitedFormat(",", "\"", false, null);
        DelimitedFormat eor = new DelimitedFormat(",", "\"", false, "EOR");
        List<String> lines = List.of("\"  -  \",x\"y", "x\"y,\"  -  \"", "\"  -  \",b,x\"y", "b,x\"y", "\"  -  \",b");
        assertThat(parsed(csv, lines)).extracting(r -> r.writtenAsIs(',', '"'))
                .containsExactly(false, false, false, false, true);
        compareBothWays(csv, lines);
        List<String> marked = lines.stream().map(line -> line + ",EOR").toList();
        assertThat(parsed(eor, marked)).extracting(r -> r.writtenAsIs(',', '"'))
                .containsExactly(false, false, false, false, true);
        compareBothWays(eor, marked);
    }

    @Test
    void rowsAroundTheLengthWhereBoundsNeedMoreThanACharKeepTheirValues() {
        DelimitedFormat csv = new DelimitedFormat(",", "\"", false, null);
        DelimitedFormat eor = new DelimitedFormat(",", "\"", false, "EOR");
        for (int length : new int[] {65_524, 65_525, 65_526, 70_000}) {
            String longValue = "x".repeat(length);
            // a,VALUE,b,"c,d": the row's text is 10 characters more than the value, 65,534 to 65,536 and more
            String line = "a," + longValue + ",b,\"c,d\"";
            RowText row = parsed(csv, List.of(line)).get(0);
            assertThat(row.text()).hasSize(length + 10);
            assertThat(row).containsExactly("a", longValue, "b", "c,d");
            assertThat(row.valueIs(2, "b")).isTrue();
            assertThat(row.valueIs(3, "c,d")).isTrue();
            assertThat(row.firstValueWith(',')).isEqualTo(3);
            assertThat(row).isEqualTo(parsed(csv, List.of("\"a\"," + longValue + ",b,\"c,d\"")).get(0));
            RowText cut = parsed(eor, List.of(line + ",EOR")).get(0);
            assertThat(cut).containsExactly("a", longValue, "b", "c,d");
            assertThat(cut.withoutLast()).containsExactly("a", longValue, "b");
            compareBothWays(csv, List.of(line));
            compareBothWays(eor, List.of(line + ",EOR"));
        }
        // a text of 65,535 and of 65,536 characters whose last value is bare: its end is the text's length
        for (int length : new int[] {65_535, 65_536}) {
            String line = "a," + "x".repeat(length - 4) + ",b";
            RowText row = parsed(csv, List.of(line)).get(0);
            assertThat(row.text()).hasSize(length);
            assertThat(row.get(2)).isEqualTo("b");
            assertThat(row.valueIs(2, "b")).isTrue();
            compareBothWays(csv, List.of(line));
        }
    }

    @Test
    void anotherDelimiterOrQuoteInTheOutputIsNeverCopiedThrough() {
        RowText row = parsed(new DelimitedFormat(",", "\"", false, null), List.of("a,b")).get(0);
        assertThat(row.writtenAsIs(',', '"')).isTrue();
        assertThat(row.writtenAsIs('|', '"')).isFalse();
        assertThat(row.writtenAsIs(',', '\'')).isFalse();

        StringWriter out = new StringWriter();
        DelimitedRowWriter pipes = new DelimitedRowWriter(out, new DelimitedFormat("|", "\"", false, null), "\n", null);
        pipes.writeAppended(new AppendedRow(row, List.of("c")));
        pipes.flush();
        assertThat(out).hasToString("a|b|c\n");
    }

    @Test
    void valuesAndTheEndMarkerAreReadFromTheRowText() {
        DelimitedFormat eor = new DelimitedFormat(",", "\"", false, "EOR");
        RowText row = parsed(eor, List.of("\"  -  \",,\"x,y\",EOR")).get(0);
        assertThat(row).containsExactly("  -  ", "", "x,y");
        assertThat(row.text()).isEqualTo("\"  -  \",,\"x,y\"");
        assertThat(row.lineNumber()).isEqualTo(1);
        RowText cut = row.withoutLast();
        assertThat(cut).containsExactly("  -  ", "");
        assertThat(cut.text()).isEqualTo("\"  -  \",");
        assertThat(cut.withoutLast().withoutLast()).isEmpty();
        assertThat(row.firstValueWith(',')).isEqualTo(2);
        assertThat(row.firstValueWith('Z')).isEqualTo(-1);
    }

    @Test
    void rowsAreEqualWhenTheirValuesAreHoweverTheyWereQuoted() {
        List<RowText> rows = parsed(new DelimitedFormat(",", "\"", false, null),
                List.of("a,\"b\",", "\"a\",b,\"\"", "a,b,c", "a,b", "a,\"b,\""));
        assertThat(rows.get(0)).isEqualTo(rows.get(1)).isEqualTo(List.of("a", "b", "")).hasSameHashCodeAs(rows.get(1));
        assertThat(rows.get(0)).isNotEqualTo(rows.get(2)).isNotEqualTo(rows.get(3)).isNotEqualTo(rows.get(4));
    }

    private static void compareBothWays(DelimitedFormat format, List<String> inputs) {
        int copied = 0;
        for (RowText row : parsed(format, inputs)) {
            RowText text = row;
            List<String> input = row;
            for (List<String> added : List.of(List.<String>of(), List.of("ELIGIBLE", ""), Arrays.asList("", null, "#"),
                    Arrays.asList(null, "", null, ""))) {
                StringWriter copiedThrough = new StringWriter();
                DelimitedRowWriter copying = new DelimitedRowWriter(copiedThrough, format, "\r\n", null);
                copying.writeAppended(new AppendedRow(text, added));
                copying.flush();
                StringWriter valueByValue = new StringWriter();
                List<String> values = new ArrayList<>(input);
                values.addAll(added);
                DelimitedRowWriter writing = new DelimitedRowWriter(valueByValue, format, "\r\n", null);
                writing.write(values);
                writing.flush();
                assertThat(copiedThrough.toString()).as("%s, row %s + %s", format, text.text(), added)
                        .isEqualTo(valueByValue.toString());
            }
            boolean asIs = text.writtenAsIs(format.delimiterChar(), format.quoteChar());
            if (format.endMarker() == null) {
                // copied through exactly when the writer, given the values alone, writes the row's text
                StringWriter alone = new StringWriter();
                DelimitedRowWriter writer = new DelimitedRowWriter(alone, format, "\r\n", null);
                writer.write(input);
                writer.flush();
                assertThat(asIs).as("%s, row %s", format, text.text())
                        .isEqualTo(!input.isEmpty() && alone.toString().equals(text.text() + "\r\n"));
            }
            if (asIs) {
                copied++;
            }
        }
        // Most rows must take the copy path, else this compares the fallback with itself.
        assertThat(copied).as("rows copied through for %s", format).isGreaterThan(inputs.size() / 10);
    }

    private static List<RowText> parsed(DelimitedFormat format, List<String> lines) {
        String text = String.join("\r\n", lines) + "\r\n";
        List<Column> columns = List.of();
        List<RowText> rows = new ArrayList<>();
        try (RowReader reader = new DelimitedRowReader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                StandardCharsets.UTF_8, format, columns)) {
            reader.forEachRemaining(r -> rows.add((RowText) r.values()));
        }
        return rows;
    }

    /** A line as some writer might have written it: each value quoted when it must be, and at random otherwise. */
    private static String inputLine(DelimitedFormat format, Random random) {
        char d = format.delimiterChar();
        char q = format.quoteChar();
        int n = 1 + random.nextInt(6);
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < n; i++) {
            String v = SHAPES.get(random.nextInt(SHAPES.size())).replace(',', d);
            boolean must = v.indexOf(d) >= 0 || v.indexOf(q) >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0
                    || (i == 0 && v.isEmpty());
            if (i > 0) {
                line.append(d);
            }
            if (must || random.nextInt(4) == 0) {
                line.append(q).append(v.replace(String.valueOf(q), "" + q + q)).append(q);
            } else {
                line.append(v);
            }
        }
        if (format.endMarker() != null) {
            line.append(d).append(format.endMarker());
        }
        return line.toString();
    }
}
