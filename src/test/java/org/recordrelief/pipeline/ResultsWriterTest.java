package org.recordrelief.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recordrelief.adapter.OutputPlan;
import org.recordrelief.formats.Columns;
import org.recordrelief.formats.FixedWidthRowWriter;

class ResultsWriterTest {

    /** A run reports the values it cut after its results are finished: the count must outlive the writer. */
    @Test
    void valuesCutToFitAFixedWidthFieldAreStillCountedOnceTheFileIsFinished(@TempDir Path dir) throws IOException {
        OutputPlan plan = new OutputPlan(OutputPlan.Rows.PER_INPUT_ROW, OutputPlan.Format.FIXED_WIDTH,
                "{source}-out.txt", StandardCharsets.UTF_8, "\n", null, false,
                List.of(new OutputPlan.Column("outcome", "determination.outcome", r -> "unused",
                        new FixedWidthRowWriter.Field(7, false, ' '))), null, null, List.of());
        Path file = dir.resolve("out.txt");
        try (ResultsWriter writer = new ResultsWriter(plan, new Columns(List.of("name")), file,
                dir.resolve("out.lines"), dir.resolve("spill"), 1000)) {
            writer.write(2, 2, List.of("DISMISS"));
            writer.write(3, 3, List.of("HAND_REVIEW"));
            writer.write(4, 4, List.of("NOT_ELIGIBLE"));
            assertThat(writer.finish()).isEqualTo(3);
            assertThat(writer.truncatedValues()).isEqualTo(2);
        }
        assertThat(Files.readString(file)).isEqualTo("DISMISS\nHAND_RE\nNOT_ELI\n");
    }
}
