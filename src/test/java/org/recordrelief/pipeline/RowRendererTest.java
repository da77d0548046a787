package org.recordrelief.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recordrelief.adapter.OutputPlan;
import org.recordrelief.formats.AppendedRow;
import org.recordrelief.formats.Columns;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.recordrelief.formats.DelimitedFormat;
import org.recordrelief.formats.DelimitedRowReader;
import org.recordrelief.formats.DelimitedRowWriter;
import org.recordrelief.formats.RowReader;
import org.recordrelief.formats.RowText;

/**
 * Rows rendered on the evaluation thread are the bytes the results file's own writer would write, in the
 * file's encoding, including what the encoding cannot hold (its replacement) and text beyond Latin-1.
 */
class RowRendererTest {

    private static final DelimitedFormat CSV = new DelimitedFormat(",", "\"", false, null);

    @ParameterizedTest
    @ValueSource(strings = {"UTF-8", "ISO-8859-1", "windows-1252", "US-ASCII"})
    void renderedRowsAreTheBytesTheFileWriterWrites(String encoding) throws IOException {
        Charset charset = Charset.forName(encoding);
        List<List<String>> rows = List.of(List.of("plain", "Muñoz", "say \"hi\""), List.of("", "中文", "€ 5"),
                List.of("a lone \uD800 surrogate", "a pair \uD83D\uDE00", "two\nlines"), List.of("#", "  -  ", "x"));

        ByteArrayOutputStream file = new ByteArrayOutputStream();
        try (Writer out = new OutputStreamWriter(file, charset)) {
            DelimitedRowWriter writer = new DelimitedRowWriter(out, CSV, "\r\n", null);
            rows.forEach(writer::write);
            writer.flush();
        }
        byte[] rendered = new RowRenderer(CSV, "\r\n", charset).render(rows);

        assertThat(rendered).isEqualTo(file.toByteArray());
        if (charset.equals(StandardCharsets.UTF_8)) {
            assertThat(new String(rendered, charset)).contains("Muñoz", "中文", "\uD83D\uDE00");
        }
    }

    /**
     * Rows copied through from the input (the input's text, then the added values): the bytes are the file
     * writer's for rows beyond ASCII, rows with values of their own, rows whose quoting the writer would change,
     * and an encoding that does not write ASCII as itself (EBCDIC).
     */
    @ParameterizedTest
    @ValueSource(strings = {"UTF-8", "ISO-8859-1", "windows-1252", "US-ASCII", "IBM037"})
    void copiedRowsAreTheBytesTheFileWriterWrites(String encoding) throws IOException {
        Charset charset = Charset.forName(encoding);
        List<String> empty = Arrays.asList("", null, "");
        List<String> decided = List.of("DISMISS", "", "HS 11357");
        List<RowText> inputs = parsed("a,\"  -  \",c", "Muñoz,\"  -  \",x", "\"a\",b,c", "b,\"x,y\",中文", "c,d,e",
                ",\"  -  \",f");
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < 2 * inputs.size(); i++) {
            rows.add(new AppendedRow(inputs.get(i % inputs.size()), i % 3 == 2 ? decided : empty));
        }

        ByteArrayOutputStream file = new ByteArrayOutputStream();
        try (Writer out = new OutputStreamWriter(file, charset)) {
            DelimitedRowWriter writer = new DelimitedRowWriter(out, CSV, "\n", null);
            rows.forEach(row -> writer.writeAppended((AppendedRow) row));
            writer.flush();
        }
        byte[] rendered = new RowRenderer(CSV, "\n", charset).render(rows);

        assertThat(rendered).isEqualTo(file.toByteArray());
    }

    private static List<RowText> parsed(String... lines) {
        String text = String.join("\n", lines) + "\n";
        List<RowText> rows = new ArrayList<>();
        try (RowReader reader = new DelimitedRowReader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                StandardCharsets.UTF_8, CSV, List.of())) {
            reader.forEachRemaining(r -> rows.add((RowText) r.values()));
        }
        return rows;
    }

    /** A UTF-16 file starts with a byte-order mark; rendered chunks would each add one inside the file. */
    @Test
    void aFileInAnEncodingWithAByteOrderMarkHasOneMarkAtTheStart(@TempDir Path dir) throws IOException {
        assertThat(RowRenderer.encodesInPieces(StandardCharsets.UTF_8)).isTrue();
        assertThat(RowRenderer.encodesInPieces(StandardCharsets.UTF_16)).isFalse();
        for (Charset charset : List.of(StandardCharsets.UTF_16, StandardCharsets.UTF_8)) {
            OutputPlan plan = new OutputPlan(OutputPlan.Rows.PER_INPUT_ROW, OutputPlan.Format.DELIMITED,
                    "{source}-out.csv", charset, "\n", CSV, true, List.of(), null, null, List.of());
            Path file = dir.resolve(charset.name() + ".csv");
            try (ResultsWriter writer = new ResultsWriter(plan, new Columns(List.of("name")), file,
                    dir.resolve(charset.name() + ".lines"), dir.resolve("spill"), 1000)) {
                for (int chunk = 0; chunk < 3; chunk++) {
                    List<List<String>> rows = List.of(List.of("Muñoz " + chunk), List.of("Lee " + chunk));
                    if (writer.takesRenderedRows()) {
                        writer.writeRendered(writer.renderer().render(rows), new long[] {0, 0});
                    } else {
                        writer.write(2L * chunk + 2, 0, rows.get(0));
                        writer.write(2L * chunk + 3, 0, rows.get(1));
                    }
                }
                writer.finish();
            }
            assertThat(new String(Files.readAllBytes(file), charset)).as(charset.name())
                    .isEqualTo("Muñoz 0\nLee 0\nMuñoz 1\nLee 1\nMuñoz 2\nLee 2\n");
        }
    }
}
