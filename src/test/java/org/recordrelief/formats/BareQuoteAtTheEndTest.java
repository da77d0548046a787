package org.recordrelief.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A bare value whose quote is its last character: the writer would quote it, so the row is not copied through. */
class BareQuoteAtTheEndTest {

    @Test
    void aBareValueEndingInAQuoteIsNeverCopiedThrough() {
        DelimitedFormat csv = new DelimitedFormat(",", "\"", false, null);
        DelimitedFormat eor = new DelimitedFormat(",", "\"", false, "EOR");
        assertThat(parsed(csv, "a,x\"")).extracting(r -> r.writtenAsIs(',', '"')).containsExactly(false);
        assertThat(parsed(csv, "x\",b")).extracting(r -> r.writtenAsIs(',', '"')).containsExactly(false);
        assertThat(parsed(eor, "a,x\",EOR")).extracting(r -> r.writtenAsIs(',', '"')).containsExactly(false);
        // and the bytes: copied through they would be a,x" where the writer writes a,"x"""
        RowText row = parsed(csv, "a,x\"").get(0);
        StringWriter out = new StringWriter();
        DelimitedRowWriter writer = new DelimitedRowWriter(out, csv, "\n", null);
        writer.writeAppended(new AppendedRow(row, List.of("c")));
        writer.flush();
        assertThat(out).hasToString("a,\"x\"\"\",c\n");
    }

    private static List<RowText> parsed(DelimitedFormat format, String line) {
        List<RowText> rows = new ArrayList<>();
        try (RowReader reader = new DelimitedRowReader(new ByteArrayInputStream((line + "\r\n")
                .getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8, format, List.of())) {
            reader.forEachRemaining(r -> rows.add((RowText) r.values()));
        }
        return rows;
    }
}
