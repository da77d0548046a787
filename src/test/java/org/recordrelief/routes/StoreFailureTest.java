package org.recordrelief.routes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recordrelief.samples.SampleFormat;
import org.recordrelief.samples.SampleGenerator;
import org.recordrelief.store.RunStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Determinations are stored, and the results written, on a thread of their own while the run reads on: a
 * batch the database refuses, or a results file that cannot be written, half-way through the file still
 * fails the run, and nothing reaches the county.
 */
class StoreFailureTest {

    @Test
    void aBatchTheDatabaseRefusesMidRunFailsTheRun(@TempDir Path tmp) throws Exception {
        Path export = tmp.resolve("doj-2019.csv");
        SampleGenerator.generate(SampleFormat.DOJ, 2019, 3000, export);
        try (PipelineHarness h = PipelineHarness.h2(TestFiles.adapters(tmp, "sacramento"), tmp.resolve("work"),
                "store-fails")) {
            JdbcTemplate db = new JdbcTemplate(h.dataSource());
            // batches of people from the start of the file go in; the first from past line 5,000 is refused
            db.execute("ALTER TABLE rr_determination ADD CONSTRAINT refuse_late_lines CHECK (first_line < 5000)");
            h.drop("sacramento", export);
            RunOutcome run = h.awaitOne();

            assertThat(run.status()).isEqualTo(RunStatus.FAILED);
            assertThat(run.failureReason()).startsWith("database failure: ");
            assertThat(db.queryForObject("SELECT status FROM rr_run WHERE run_id = ?", String.class, run.runId()))
                    .isEqualTo("FAILED");
            try (Stream<Path> delivered = Files.list(h.folders("sacramento").outbox())) {
                assertThat(delivered).as("nothing of the failed run reached the county").isEmpty();
            }
            for (String table : new String[] {"rr_determination", "rr_person", "rr_quarantine"}) {
                assertThat(db.queryForObject("SELECT COUNT(*) FROM " + table + " WHERE run_id = ?", Long.class,
                        run.runId())).as("the batches stored before the refused one are gone from %s", table)
                        .isZero();
            }
        }
    }

    @Test
    void aResultsFileThatCannotBeWrittenMidRunFailsTheRun(@TempDir Path tmp) throws Exception {
        Path full = Path.of("/dev/full");
        assumeTrue(Files.exists(full), "needs /dev/full, a device every write to fails (disk full)");
        Path export = tmp.resolve("doj-2019.csv");
        SampleGenerator.generate(SampleFormat.DOJ, 2019, 3000, export);
        try (PipelineHarness h = PipelineHarness.h2(TestFiles.adapters(tmp, "sacramento"), tmp.resolve("work"),
                "results-fail")) {
            // the results file is opened fine; its first buffer full of rows cannot be written
            Path folder = Files.createDirectories(h.folders("sacramento").tmp());
            Files.createSymbolicLink(folder.resolve("doj-2019-prop64.csv"), full);
            h.drop("sacramento", export);
            RunOutcome run = h.awaitOne();

            assertThat(run.status()).isEqualTo(RunStatus.FAILED);
            assertThat(run.failureReason()).contains("No space left on device");
            try (Stream<Path> delivered = Files.list(h.folders("sacramento").outbox())) {
                assertThat(delivered).as("nothing of the failed run reached the county").isEmpty();
            }
        }
    }
}
