package org.recordrelief.routes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.camel.builder.NotifyBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recordrelief.store.RunLedger;
import org.recordrelief.store.RunStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Delivery is part of a run's outcome: an outbox that cannot be written fails the run, in the ledger too,
 * and leaves no file there that looks complete; once the outbox is fixed, the export put back in the inbox
 * is delivered once. (A regular file stands where the outbox folder should be: a folder without write
 * permission would not stop the tests when they run as root.)
 */
class DeliveryFailureTest {

    private static final String SJ = "san-joaquin";
    private static final Path SAMPLE = Path.of("county-adapters", SJ, "sample", "sj-court-extract.txt");
    private static final String RESULTS = "sj-court-extract-prop64.txt";

    @Test
    void anOutboxThatCannotBeWrittenFailsTheRunAndARetryDeliversOnce(@TempDir Path tmp) throws Exception {
        Path work = tmp.resolve("work");
        try (PipelineHarness h = PipelineHarness.h2(TestFiles.adapters(tmp, SJ), work, "delivery-failure")) {
            WorkFolders folders = h.folders(SJ).create();
            Files.delete(folders.outbox());
            Files.writeString(folders.outbox(), "not a folder");

            NotifyBuilder moved = h.exportsDone(SJ, 1);
            TestFiles.putInInbox(SAMPLE, folders.inbox(), SAMPLE.getFileName().toString());
            RunOutcome failed = h.awaitOne();
            assertThat(failed.status()).isEqualTo(RunStatus.FAILED);
            assertThat(new RunLedger(h.dataSource(), work).find(failed.runId()).orElseThrow().status())
                    .isEqualTo(RunStatus.FAILED);
            assertThat(Files.readString(folders.outbox())).as("nothing written where the outbox should be")
                    .isEqualTo("not a folder");
            PipelineHarness.await(moved, "the export moved to failed/");
            List<Path> failedFiles = TestFiles.list(folders.failed());
            assertThat(failedFiles).extracting(p -> p.getFileName().toString()).hasSize(2)
                    .anyMatch(n -> n.endsWith(".reason.txt"));
            // the export's exchange is done, with every exchange split off it: a second record would be told
            assertThat(h.endedSoFar()).as("the failure is told once").isEmpty();

            Files.delete(folders.outbox());
            Files.createDirectory(folders.outbox());
            Path export = failedFiles.stream().filter(p -> !p.toString().endsWith(".reason.txt")).findFirst()
                    .orElseThrow();
            TestFiles.putInInbox(export, folders.inbox(), SAMPLE.getFileName().toString());
            RunOutcome retried = h.awaitOne();
            assertThat(retried.status()).isEqualTo(RunStatus.COMPLETED);
            assertThat(TestFiles.list(folders.outbox())).extracting(p -> p.getFileName().toString())
                    .containsExactlyInAnyOrder(RESULTS, "sj-court-extract-quarantine.csv");
            ExpectedOutput.check(SJ, RESULTS, TestFiles.read(folders.outbox().resolve(RESULTS)));
            assertThat(new JdbcTemplate(h.dataSource()).queryForList("SELECT status FROM rr_run ORDER BY run_id",
                    String.class)).containsExactly("FAILED", "COMPLETED");
        }
    }
}
