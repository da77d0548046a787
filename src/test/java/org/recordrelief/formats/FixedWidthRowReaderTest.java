package org.recordrelief.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FixedWidthRowReaderTest {

    static final List<Column> FIELDS = List.of(new Column("ID", "id", false, 1, 4),
            new Column("NAME", "name", true, 5, 6), new Column("DATE", "Julian date", false, 11, 6));

    static List<SourceRow> read(String text, FixedWidthFormat format) {
        List<SourceRow> rows = new ArrayList<>();
        try (RowReader reader = new FixedWidthRowReader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                StandardCharsets.UTF_8, format, FIELDS)) {
            reader.forEachRemaining(rows::add);
        }
        return rows;
    }

    @Test
    void cutsEachLineAtTheFieldPositions() {
        List<SourceRow> rows = read("HEADER LINE\n0001SMITH 110045\n0002DOE   098200\n", new FixedWidthFormat(16, 1));
        assertThat(rows).extracting(SourceRow::lineNumber).containsExactly(2L, 3L);
        assertThat(rows.get(0).values()).containsExactly("0001", "SMITH ", "110045");
        assertThat(rows).noneMatch(SourceRow::hasProblem);
    }

    @Test
    void aShortLineIsARowProblem() {
        List<SourceRow> rows = read("0001SMITH 110045\n0002DOE   09\n", new FixedWidthFormat(16, 0));
        assertThat(rows.get(1).problem().reason()).isEqualTo("the line is 12 characters long, the descriptor says 16 "
                + "(cut off?)");
        List<SourceRow> noLength = read("0002DOE   09\n", FixedWidthFormat.PLAIN);
        assertThat(noLength.get(0).problem().reason()).contains("ends before the last field, which needs 16");
    }

    @Test
    void aNulCharacterIsARowProblem() {
        List<SourceRow> rows = read("0001SM\u0000TH110045\n0002DOE   098200\n", new FixedWidthFormat(16, 0));
        assertThat(rows.get(0).problem()).isEqualTo(new RowProblem("NAME", "holds a NUL character (byte 0) at "
                + "position 3, which is not text: the export is damaged at this line"));
        assertThat(rows.get(1).hasProblem()).isFalse();
    }

    @Test
    void theWriterPadsAndAligns() {
        StringWriter out = new StringWriter();
        try (RowWriter w = new FixedWidthRowWriter(out, List.of(new FixedWidthRowWriter.Field(4, true, '0'),
                new FixedWidthRowWriter.Field(5, false, ' ')), "\n")) {
            w.write(List.of("7", "TOOLONG"));
            assertThat(w.truncatedValues()).isEqualTo(1);
        }
        assertThat(out.toString()).isEqualTo("0007TOOLO\n");
    }
}
