package org.recordrelief.routes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recordrelief.cli.RecordReliefCommand;

/** Only complete exports are read: one still being written waits, and a county's done file is waited for. */
class CompleteFilesTest {

    private static final Path SAMPLE = Path.of("county-adapters", "san-joaquin", "sample", "sj-court-extract.txt");

    private static Path adaptersWith(Path tmp, String sourceKeys) throws Exception {
        Path adapters = TestFiles.adapters(tmp, "san-joaquin");
        Path descriptor = adapters.resolve("san-joaquin").resolve("adapter.yaml");
        Files.writeString(descriptor, Files.readString(descriptor).replaceFirst("(?m)^source:\n", "source:\n"
                + sourceKeys));
        return adapters;
    }

    private static String run(Path work, Path adapters) {
        StringWriter out = new StringWriter();
        int code = RecordReliefCommand.commandLine().setOut(new PrintWriter(out, true)).execute("run", "--work",
                work.toString(), "--adapters", adapters.toString(), "--as-of", "2020-07-01");
        assertThat(code).as(out.toString()).isZero();
        return out.toString();
    }

    /**
     * The export is written in two halves with a pause between them longer than the old stable-size check
     * (half a second): it is read only once the writer has left it alone for the minimum age, and whole.
     */
    @Test
    void anExportStillBeingWrittenIsReadWholeOnceLeftAlone(@TempDir Path tmp) throws Exception {
        Path adapters = adaptersWith(tmp, "  minAgeSeconds: 2\n");
        Path work = tmp.resolve("work");
        Path inbox = WorkFolders.of(work, "san-joaquin").create().inbox();
        byte[] export = Files.readAllBytes(SAMPLE);
        Thread writer = new Thread(() -> {
            try (OutputStream out = Files.newOutputStream(inbox.resolve("sj-court-extract.txt"))) {
                out.write(export, 0, export.length / 2);
                out.flush();
                Thread.sleep(1200); // a writer that stalls, as a slow network copy does
                out.write(export, export.length / 2, export.length - export.length / 2);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        writer.start();
        String out = run(work, adapters);
        writer.join();
        assertThat(out).contains("Reconciliation: rows read 105 = loaded 103 + quarantined 2");
    }

    @Test
    void withADoneFileAnExportWaitsForItAndIsReadOnceItIsThere(@TempDir Path tmp) throws Exception {
        Path adapters = adaptersWith(tmp, "  doneFile: \"{name}.done\"\n");
        Path work = tmp.resolve("work");
        Path inbox = WorkFolders.of(work, "san-joaquin").create().inbox();
        TestFiles.putInInbox(SAMPLE, inbox, "sj-court-extract.txt");

        String waiting = run(work, adapters);
        assertThat(waiting).contains("Nothing to run", "san-joaquin: not read from the inbox: sj-court-extract.txt: "
                + "waiting for its done file sj-court-extract.txt.done (the county's system writes it when the export "
                + "is complete)");
        assertThat(inbox.resolve("sj-court-extract.txt")).exists();

        Files.createFile(inbox.resolve("sj-court-extract.txt.done"));
        assertThat(run(work, adapters)).contains("Reconciliation: rows read 105 = loaded 103 + quarantined 2")
                .doesNotContain("not read from the inbox");
        assertThat(inbox).isEmptyDirectory();
    }

    @Test
    void aDoneFileMustBeANameInTheInbox(@TempDir Path tmp) throws Exception {
        Path adapters = adaptersWith(tmp, "  doneFile: \"../{name}.done\"\n");
        StringWriter out = new StringWriter();
        int code = RecordReliefCommand.commandLine().setOut(new PrintWriter(out, true)).execute("check-adapters",
                "--adapters", adapters.toString());
        assertThat(code).isEqualTo(2);
        assertThat(out.toString()).contains("BAD  ", "source.doneFile", "'../{name}.done' is not a done-file name in the inbox",
                "write it with {name} (the export's name) or {base} (without its extension), e.g. \"{name}.done\"");
    }
}
