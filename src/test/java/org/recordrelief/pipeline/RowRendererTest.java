package org.recordrelief.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.recordrelief.formats.DelimitedFormat;
import org.recordrelief.formats.DelimitedRowWriter;

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
}
