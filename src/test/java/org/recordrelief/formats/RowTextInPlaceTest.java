package org.recordrelief.formats;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CsvReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A row is taken from the characters read in one piece ({@link KeptChars}) when they hold it as the writer
 * would; else value by value. Either way the row must be the same: the same values, text, line number and
 * answer to whether it is written as is. Each input here is parsed both ways, read in pieces of every size
 * (so that rows and values straddle the parser's buffer), and compared row by row.
 */
class RowTextInPlaceTest {

    private static final List<String> SHAPES = List.of("", "a", "  -  ", "#", "11357(A) HS", "a,b", "say \"hi\"",
            "x\"y", "two\nlines", "cr\r\nlf", "\"", "é", " lead", "trail ", "\"\"", "a\"");

    @Test
    void rowsTakenInOnePieceAreTheRowsCopiedValueByValue() {
        Random random = new Random(2019);
        for (int file = 0; file < 200; file++) {
            StringBuilder csv = new StringBuilder();
            int rows = 1 + random.nextInt(60);
            for (int r = 0; r < rows; r++) {
                int values = 1 + random.nextInt(40);
                for (int v = 0; v < values; v++) {
                    if (v > 0) {
                        csv.append(',');
                    }
                    appendValue(csv, random);
                }
                if (r < rows - 1 || random.nextBoolean()) {
                    csv.append(random.nextInt(4) == 0 ? "\r\n" : "\n");
                }
            }
            if (random.nextInt(10) == 0) {
                csv.append(','); // a last row ending in an empty value, without a line break
            } else if (random.nextInt(10) == 0) {
                csv.append(",\"left open"); // a quote never closed: the parser ends the value at the file's end
            }
            assertSameRows(csv.toString(), random);
        }
    }

    @Test
    void rowsLongerThanACharCanCountAreTheSameEitherWay() {
        String longValue = "L".repeat(70_000);
        String csv = "a,\"" + longValue + "\",b\n\"" + longValue + "\",\"x\"\"y\"," + longValue + "\nc,d\n";
        List<RowText> rows = assertSameRows(csv, new Random(1));
        assertThat(rows.get(0).equals(List.of("a", longValue, "b"))).isTrue();
        assertThat(rows.get(1).equals(List.of(longValue, "x\"y", longValue))).isTrue();
        assertThat(rows.get(2).text()).isEqualTo("c,d");
    }

    @Test
    void aQuoteInsideAQuotedValueIsCopiedValueByValueWhereverItIs() {
        List<RowText> rows = assertSameRows("\"x\"\"y\",b,c\na,\"x\"\"y\",c\na,b,\"x\"\"\"\n", new Random(2));
        assertThat(rows).extracting(RowText::text)
                .containsExactly("\"x\"y\",b,c", "a,\"x\"y\",c", "a,b,\"x\"\"");
        assertThat(rows.get(2)).containsExactly("a", "b", "x\"");
        assertThat(rows).allSatisfy(row -> assertThat(row.writtenAsIs(',', '"')).isFalse());
    }

    @Test
    void aRowReadAsTheWriterWritesItIsItsOwnText() {
        List<RowText> rows = assertSameRows("1,\"  -  \",\"BRAMBLE,MORGAN\",\"two\nlines\",x\r\n2,,\"#\"\n",
                new Random(3));
        assertThat(rows).extracting(RowText::text)
                .containsExactly("1,\"  -  \",\"BRAMBLE,MORGAN\",\"two\nlines\",x", "2,,\"#\"");
        assertThat(rows).extracting(RowText::lineNumber).containsExactly(1L, 3L);
        assertThat(rows.get(0).get(3)).isEqualTo("two\nlines");
        assertThat(rows).allSatisfy(row -> assertThat(row.writtenAsIs(',', '"')).isTrue());
    }

    /** A quote left open at the end of the file: the value runs to the end, and the text closes it. */
    @Test
    void aQuoteLeftOpenAtTheEndIsClosedInTheTextAsBefore() {
        assertThat(assertSameRows("1,\" x", new Random(5))).extracting(RowText::text).containsExactly("1,\" x\"");
        assertThat(assertSameRows("A,B\n1,\"b\nc", new Random(6))).extracting(RowText::text)
                .containsExactly("A,B", "1,\"b\nc\"");
        // far into the file, where the characters kept past the end are an earlier row's
        String csv = "2,y\n".repeat(50_000) + "1,\" x";
        List<RowText> rows = assertSameRows(csv, new Random(7));
        assertThat(rows.get(rows.size() - 1).text()).isEqualTo("1,\" x\"");
    }

    /** A row is too long at the same length either way: the limit counts the text as the copy makes it. */
    @Test
    void theRowLimitIsTheSameEitherWay() {
        for (String row : List.of("a," + "b".repeat(17), "b".repeat(17), "b".repeat(18), "\"" + "b".repeat(16) + "\"",
                "a,\"" + "b".repeat(14) + "\"", "a,b,c,d,e,f,g")) {
            String inPlace = outcome(row, true);
            assertThat(inPlace).as(row).isEqualTo(outcome(row, false));
        }
        assertThat(outcome("a," + "b".repeat(17), true)).contains("max row size of 20");
        assertThat(outcome("a," + "b".repeat(15), true)).isEqualTo("a," + "b".repeat(15));
    }

    private static String outcome(String row, boolean inPlace) {
        try {
            return parse(row + "\n", inPlace, new Random(8), 20).get(0).text();
        } catch (RuntimeException e) {
            Throwable cause = e;
            while (cause.getCause() != null) {
                cause = cause.getCause();
            }
            return cause.getMessage();
        }
    }

    /**
     * FastCSV is handed all it asks for while there is more, as a BufferedReader hands it: where its buffer
     * ends decides which over-long field it refuses.
     */
    @Test
    void theParserIsGivenAllItAsksForWhileThereIsMore() throws IOException {
        Reader source = new StringReader("x".repeat(300_000));
        KeptChars kept = new KeptChars(new Reader() {
            @Override
            public int read(char[] into, int offset, int length) throws IOException {
                return source.read(into, offset, Math.min(length, 1000)); // a decoder with little at hand
            }

            @Override
            public void close() {
            }
        });
        char[] buffer = new char[16_384];
        int read = 0;
        for (int i = 0; i < 30; i++) {
            assertThat(kept.read(buffer, 0, 8192)).isEqualTo(8192);
            read += 8192;
        }
        assertThat(kept.read(buffer, 0, 8192)).isEqualTo(Math.min(8192, 300_000 - read));
    }

    /** FastCSV's relaxed parser fills its buffer otherwise: the reader then copies rows value by value. */
    @Test
    void withFastCsvsRelaxedParserRowsAreCopiedValueByValue() {
        System.setProperty(DelimitedRowReader.FASTCSV_RELAXED, "true");
        try {
            byte[] csv = "A,B\nab,cd\n\"x\",y\nef,gh\n".getBytes(StandardCharsets.UTF_8);
            try (DelimitedRowReader reader = new DelimitedRowReader(new ByteArrayInputStream(csv),
                    StandardCharsets.UTF_8, DelimitedFormat.CSV, List.of(Column.delimited("A", "", false),
                    Column.delimited("B", "", false)))) {
                List<String> texts = new ArrayList<>();
                reader.forEachRemaining(row -> texts.add(((RowText) row.values()).text()));
                assertThat(texts).containsExactly("ab,cd", "\"x\",y", "ef,gh");
            }
        } finally {
            System.clearProperty(DelimitedRowReader.FASTCSV_RELAXED);
        }
    }

    @Test
    void aBufferThatIsNotWhatWasReadLastStopsPositionsBeingGiven() throws IOException {
        KeptChars kept = new KeptChars(new StringReader("abcdefgh"));
        char[] buffer = new char[16];
        assertThat(kept.read(buffer, 0, 4)).isEqualTo(4);
        assertThat(kept.positionsKnown()).isTrue();
        assertThat(kept.read(buffer, 4, 4)).isEqualTo(4);
        assertThat(kept.positionsKnown()).isTrue();
        assertThat(kept.position(5)).isEqualTo(5);
        buffer[0] = 'z'; // as if the parser had moved something else to the buffer's start
        kept.read(buffer, 8, 4);
        assertThat(kept.positionsKnown()).isFalse();
    }

    /** Once positions are not known, what was handed out is let go: a long file needs no more memory. */
    @Test
    void withoutPositionsWhatWasHandedOutIsNotKept() throws IOException {
        KeptChars kept = new KeptChars(new StringReader("abcdefgh".repeat(1_000_000)));
        char[] buffer = new char[16_384];
        kept.read(buffer, 0, 8192);
        buffer[0] = 'z';
        kept.read(buffer, 8192, 8192); // positions lost: the parser's buffer is not what was read
        assertThat(kept.positionsKnown()).isFalse();
        while (kept.read(buffer, 0, 8192) > 0) {
            // the parser reads on, never asking for a row's text again
        }
        assertThat(kept.keptCapacity()).isLessThan(1 << 20);
    }

    private static void appendValue(StringBuilder csv, Random random) {
        String value = random.nextInt(200) == 0 ? "v".repeat(random.nextInt(20_000))
                : SHAPES.get(random.nextInt(SHAPES.size()));
        boolean mustQuote = value.indexOf(',') >= 0 || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0
                || value.startsWith("\"");
        if (mustQuote || random.nextInt(3) == 0) {
            csv.append('"').append(value.replace("\"", "\"\"")).append('"');
        } else {
            csv.append(value);
        }
    }

    private static List<RowText> assertSameRows(String csv, Random random) {
        List<RowText> inPlace = parse(csv, true, random);
        List<RowText> copied = parse(csv, false, random);
        assertThat(inPlace).hasSameSizeAs(copied);
        for (int i = 0; i < copied.size(); i++) {
            RowText a = inPlace.get(i);
            RowText b = copied.get(i);
            assertThat(a.lineNumber()).as("row %d's line", i).isEqualTo(b.lineNumber());
            // compared by where they first differ: a row here can be 90,000 characters long
            assertThat(Arrays.mismatch(a.text().toCharArray(), b.text().toCharArray())).as("row %d's text", i)
                    .isEqualTo(-1);
            assertThat(a.size()).as("row %d's values", i).isEqualTo(b.size());
            for (int v = 0; v < b.size(); v++) {
                assertThat(a.get(v).equals(b.get(v))).as("row %d's value %d", i, v).isTrue();
            }
            assertThat(a.writtenAsIs(',', '"')).as("row %d written as is", i).isEqualTo(b.writtenAsIs(',', '"'));
        }
        return copied;
    }

    private static List<RowText> parse(String csv, boolean inPlace, Random random) {
        return parse(csv, inPlace, random, 1 << 22);
    }

    private static List<RowText> parse(String csv, boolean inPlace, Random random, int maxRowChars) {
        Reader source = new Trickle(new StringReader(csv), random);
        KeptChars kept = inPlace ? new KeptChars(source) : null;
        CsvReader<RowText> reader = CsvReader.builder().fieldSeparator(',').quoteCharacter('"')
                .skipEmptyLines(true).allowMissingFields(true).allowExtraFields(true).maxBufferSize(1 << 20)
                .build(new RowTextHandler(',', '"', maxRowChars, kept), inPlace ? kept : source);
        List<RowText> rows = new ArrayList<>();
        reader.forEach(rows::add);
        return rows;
    }

    /** Hands out a random few characters at a time, as a slow source might. */
    private static final class Trickle extends Reader {
        private final Reader in;
        private final Random random;

        Trickle(Reader in, Random random) {
            this.in = in;
            this.random = random;
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            int want = random.nextBoolean() ? length : 1 + random.nextInt(Math.min(length, 700));
            return in.read(buffer, offset, Math.min(length, want));
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
