package org.recordrelief.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DelimitedRowReaderTest {

    static final List<Column> ABC = List.of(Column.delimited("A", "a", false), Column.delimited("B", "b", true),
            Column.delimited("C", "c", false));

    static List<SourceRow> read(String text, DelimitedFormat format, List<Column> columns) {
        return read(text.getBytes(StandardCharsets.UTF_8), format, columns);
    }

    static List<SourceRow> read(byte[] bytes, DelimitedFormat format, List<Column> columns) {
        List<SourceRow> rows = new ArrayList<>();
        try (RowReader reader = new DelimitedRowReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8,
                format, columns)) {
            reader.forEachRemaining(rows::add);
        }
        return rows;
    }

    @Test
    void givesEachRowTheLineItStartsOn() {
        String text = "A,B,C\r\n1,x,y\n\n2,\"multi\nline\",z\n3,p,q";
        List<SourceRow> rows = read(text, DelimitedFormat.CSV, ABC);
        assertThat(rows).extracting(SourceRow::lineNumber).containsExactly(2L, 4L, 6L);
        assertThat(rows.get(1).get("b")).isEqualTo("multi\nline");
        assertThat(rows).noneMatch(SourceRow::hasProblem);
    }

    @Test
    void aHeaderThatDoesNotMatchMakesTheFileUnreadable() {
        assertThatThrownBy(() -> read("A,X,C,D\n1,2,3,4\n", DelimitedFormat.CSV, ABC))
                .isInstanceOf(UnreadableSourceException.class)
                .hasMessage("the header does not match the descriptor's columns: column 2 is 'X', the descriptor "
                        + "expects 'B'; unexpected column 4 'D'");
    }

    @Test
    void headerNamesCompareTrimmedAndCaseInsensitive() {
        assertThat(read(" a , B,c\n1,2,3\n", DelimitedFormat.CSV, ABC)).hasSize(1);
    }

    /** Spreadsheet programs start UTF-8 files with a byte-order mark; it is not part of the first column's name. */
    @Test
    void aUtf8ByteOrderMarkIsSkipped() {
        byte[] text = "\uFEFFA,B,C\n1,x,y\n".getBytes(StandardCharsets.UTF_8);
        List<SourceRow> rows = read(text, DelimitedFormat.CSV, ABC);
        assertThat(rows).singleElement().satisfies(r -> {
            assertThat(r.hasProblem()).isFalse();
            assertThat(r.get("A")).isEqualTo("1");
            assertThat(r.lineNumber()).isEqualTo(2);
        });
    }

    @Test
    void aByteOrderMarkInsideTheFileIsKeptAsAValue() {
        List<SourceRow> rows = read("A,B,C\n\uFEFF1,x,y\n", DelimitedFormat.CSV, ABC);
        assertThat(rows.get(0).get("A")).isEqualTo("\uFEFF1");
    }

    @Test
    void anEmptyFileIsUnreadable() {
        assertThatThrownBy(() -> read("", DelimitedFormat.CSV, ABC)).isInstanceOf(UnreadableSourceException.class)
                .hasMessage("the file is empty (0 bytes)");
    }

    @Test
    void aHeaderWithoutRowsIsAnEmptyExport() {
        assertThat(read("A,B,C\n", DelimitedFormat.CSV, ABC)).isEmpty();
    }

    @Test
    void theEndMarkerIsCheckedAndDropped() {
        DelimitedFormat eor = new DelimitedFormat(",", "\"", true, "EOR");
        List<SourceRow> rows = read("A,B,C,\n1,2,3,EOR\n4,5,6\n7,8,EOR\n", eor, ABC);
        assertThat(rows.get(0).values()).containsExactly("1", "2", "3");
        assertThat(rows.get(0).hasProblem()).isFalse();
        assertThat(rows.get(1).problem().reason()).contains("does not end with the 'EOR' marker");
        assertThat(rows.get(2).problem().reason()).isEqualTo("the row has 2 fields, the descriptor declares 3");
    }

    @Test
    void wrongFieldCountIsARowProblem() {
        List<SourceRow> rows = read("A,B,C\n1,2\n1,2,3,4\n", DelimitedFormat.CSV, ABC);
        assertThat(rows).extracting(r -> r.problem().reason()).containsExactly(
                "the row has 2 fields, the descriptor declares 3", "the row has 4 fields, the descriptor declares 3");
    }

    @Test
    void bytesThatAreNotValidInTheEncodingNameTheColumn() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("A,B,C\n1,".getBytes(StandardCharsets.UTF_8));
        bytes.write(0xC3);
        bytes.write(0x28);
        bytes.writeBytes(",3\n".getBytes(StandardCharsets.UTF_8));
        SourceRow row = read(bytes.toByteArray(), DelimitedFormat.CSV, ABC).get(0);
        assertThat(row.problem()).isEqualTo(new RowProblem("B", "holds bytes that are not valid UTF-8 (check the "
                + "descriptor's encoding)"));
    }

    /**
     * A NUL is not text, and PostgreSQL cannot store one: the row is quarantined on every database alike.
     * In a format without quotes a NUL opening a field once started a "quoted" field that swallowed the
     * lines after it.
     */
    @Test
    void aNulCharacterQuarantinesItsRowAndNothingElse() {
        DelimitedFormat pipes = new DelimitedFormat("|", "", false, null);
        List<SourceRow> rows = read("1|\u0000x|3\n4|5|6\n7|8|9\n", pipes, ABC);
        assertThat(rows).extracting(SourceRow::lineNumber).containsExactly(1L, 2L, 3L);
        assertThat(rows.get(0).problem()).isEqualTo(new RowProblem("B", "holds a NUL character (byte 0) at "
                + "position 1, which is not text: the export is damaged at this line"));
        assertThat(rows.subList(1, 3)).noneMatch(SourceRow::hasProblem);
        assertThat(rows.get(1).values()).containsExactly("4", "5", "6");

        List<SourceRow> quoted = read("A,B,C\n1,2,\"ab\u0000\"\n", DelimitedFormat.CSV, ABC);
        assertThat(quoted.get(0).problem()).isEqualTo(new RowProblem("C", "holds a NUL character (byte 0) at "
                + "position 3, which is not text: the export is damaged at this line"));
    }

    /** Past this size the parser cannot tell where the row ends, so the file fails, saying exactly why. */
    @Test
    void aFieldLongerThanTheParserHoldsFailsTheFileNamingLineAndField() {
        String huge = "x".repeat(16 * 1024 * 1024 + 1);
        assertThatThrownBy(() -> read("A,B,C\n1,2,3\n4," + huge + ",6\n", DelimitedFormat.CSV, ABC))
                .isInstanceOf(UnreadableSourceException.class)
                .hasMessage("a field of the row after line 2 is longer than 16,777,216 characters, the most one field "
                        + "may hold; usually a quote that is never closed, else a damaged file");
    }

    @Test
    void aQuoteThatIsNeverClosedMakesTheFileUnreadable() {
        assertThatThrownBy(() -> read("A,B,C\n1,\"open,3\n4,5,6\n", DelimitedFormat.CSV, ABC))
                .isInstanceOf(UnreadableSourceException.class)
                .hasMessageContaining("a quote that is never closed");
    }

    @Test
    void headerlessTabSeparatedFilesUseTheDeclaredColumns() {
        DelimitedFormat tsv = new DelimitedFormat("\\t", "", false, null);
        List<SourceRow> rows = read("1\t\"2\t3\n", tsv, ABC);
        assertThat(rows.get(0).lineNumber()).isEqualTo(1);
        assertThat(rows.get(0).values()).containsExactly("1", "\"2", "3");
    }

    @Test
    void theWriterRoundTrips() {
        StringWriter out = new StringWriter();
        DelimitedFormat eor = new DelimitedFormat(",", "\"", true, "EOR");
        try (RowWriter writer = new DelimitedRowWriter(out, eor, "\n", List.of("A", "B", "C"))) {
            writer.write(List.of("1", "x, y", "quote \"q\""));
        }
        assertThat(out.toString()).isEqualTo("A,B,C,EOR\n1,\"x, y\",\"quote \"\"q\"\"\",EOR\n");
        assertThat(read(out.toString(), eor, ABC).get(0).values()).containsExactly("1", "x, y", "quote \"q\"");
    }
}
