package org.recordrelief.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The summary alone on standard output (to read or pipe it), log lines on standard error; --quiet drops them. */
class OutputStreamsTest {

    private record Streams(String out, String err) {
    }

    private static Streams run(Path tmp, String... more) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"), RecordReliefCommand.class.getName(), "run",
                "san-joaquin", "--load-samples", "--work", tmp.resolve("work").toString(), "--adapters",
                org.recordrelief.routes.TestFiles.adapters(tmp, "san-joaquin").toString()));
        command.addAll(List.of(more));
        Path out = tmp.resolve("out.txt");
        Path err = tmp.resolve("err.txt");
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(p.waitFor(3, TimeUnit.MINUTES)).isTrue();
        assertThat(p.exitValue()).isZero();
        return new Streams(Files.readString(out), Files.readString(err));
    }

    @Test
    void theSummaryGoesToStandardOutputAndTheLogToStandardError(@TempDir Path tmp) throws Exception {
        Streams s = run(tmp);
        assertThat(s.out()).contains("== SAN JOAQUIN: Prop 64 determinations").contains("Reconciliation: rows read 105")
                .doesNotContain(" INFO ");
        assertThat(s.err()).contains(" INFO ", "san-joaquin: run 1 started");
    }

    @Test
    void quietLeavesTheSummaryAlone(@TempDir Path tmp) throws Exception {
        Streams s = run(tmp, "--quiet");
        assertThat(s.out()).contains("== SAN JOAQUIN: Prop 64 determinations");
        assertThat(s.err()).doesNotContain(" INFO ");
    }
}
