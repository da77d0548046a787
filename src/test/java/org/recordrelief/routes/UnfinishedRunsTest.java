package org.recordrelief.routes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recordrelief.adapter.mapping.QuarantinedRow;
import org.recordrelief.model.OffenceLevel;
import org.recordrelief.rules.Determination;
import org.recordrelief.rules.DeterminationRole;
import org.recordrelief.rules.Outcome;
import org.recordrelief.rules.Reason;
import org.recordrelief.store.Database;
import org.recordrelief.store.DeterminationStore;
import org.recordrelief.store.QuarantineStore;
import org.recordrelief.store.RunLedger;
import org.recordrelief.store.RunStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What a killed process leaves behind (a run still RUNNING with some of its results stored, a delivery
 * half written, temporary files, the export still in the inbox) is ended at the next start, and the
 * export is processed again from the start.
 */
class UnfinishedRunsTest {

    @Test
    void aRunLeftRunningIsInterruptedAndItsExportIsProcessedAgainFromTheStart(@TempDir Path tmp) throws Exception {
        Path adapters = TestFiles.adapters(tmp, "san-joaquin");
        Path work = tmp.resolve("work");
        DataSource staging = Database.migrate(Database.dataSource(Database.inMemoryUrl("unfinished-runs"), "sa", ""));
        WorkFolders folders = WorkFolders.of(work, "san-joaquin").create();

        // what the killed process left: its run, part of its results, a half-delivered file, a temporary file
        RunLedger ledger = new RunLedger(staging, work);
        long killed = ledger.start("san-joaquin", "San Joaquin", "sj-court-extract.txt", PipelineHarness.AS_OF,
                "prop64/2026.11.2");
        new DeterminationStore(staging).insert(killed, List.of(new DeterminationStore.Located(new Determination(
                "p-1", "c-1", "1", "HS 11357", OffenceLevel.MISDEMEANOR, Outcome.DISMISS, null,
                List.of(new Reason("R", "x", "y")), null, null, DeterminationRole.PRIMARY, List.of(), "v"), 2, 2)));
        new QuarantineStore(staging).insert(killed, "sj-court-extract.txt",
                List.of(new QuarantinedRow(5, "(row)", "cut off", null, false, false)));
        Files.writeString(folders.outbox().resolve(".part-sj-court-extract-prop64.txt"), "half a file");
        Files.writeString(folders.tmp().resolve("sj-court-extract-prop64.txt"), "half a file");
        // another installation's run in the same database is not this process's to end
        long elsewhere = new RunLedger(staging, tmp.resolve("other-work")).start("san-joaquin", "San Joaquin",
                "x.txt", PipelineHarness.AS_OF, "v");

        Path export = Files.list(Path.of("county-adapters", "san-joaquin", "sample")).findFirst().orElseThrow();
        try (PipelineHarness h = new PipelineHarness(adapters, work, staging, java.util.Map.of("WORK", work.toString()))) {
            assertThat(ledger.find(killed).orElseThrow().status()).isEqualTo(RunStatus.INTERRUPTED);
            assertThat(ledger.find(killed).orElseThrow().failureReason())
                    .isEqualTo("the process stopped before the run ended (it was killed, or the machine stopped); "
                            + "its export is read again from the start");
            JdbcTemplate db = new JdbcTemplate(staging);
            assertThat(db.queryForObject("SELECT COUNT(*) FROM rr_determination WHERE run_id = ?", Long.class, killed))
                    .isZero();
            assertThat(db.queryForObject("SELECT COUNT(*) FROM rr_quarantine WHERE run_id = ?", Long.class, killed))
                    .isZero();
            assertThat(folders.outbox().resolve(".part-sj-court-extract-prop64.txt")).doesNotExist();
            assertThat(folders.tmp().resolve("sj-court-extract-prop64.txt")).doesNotExist();
            assertThat(new RunLedger(staging, tmp.resolve("other-work")).find(elsewhere).orElseThrow().status())
                    .isEqualTo(RunStatus.RUNNING);

            h.drop("san-joaquin", export);
            RunOutcome again = h.awaitOne();
            assertThat(again.status()).isEqualTo(RunStatus.COMPLETED);
            assertThat(again.reconciliation().balances()).isTrue();
            assertThat(db.queryForObject("SELECT COUNT(*) FROM rr_determination", Long.class))
                    .isEqualTo(db.queryForObject("SELECT COUNT(*) FROM rr_determination WHERE run_id = ?", Long.class,
                            again.runId()));
        }
    }

    @Test
    void runsOfTheLedgerBeforeWorkFoldersWereRecordedCountAsThisFoldersOwn(@TempDir Path tmp) {
        DataSource staging = Database.migrate(Database.dataSource(Database.inMemoryUrl("unfinished-legacy"), "sa",
                ""));
        RunLedger ledger = new RunLedger(staging, tmp);
        long legacy = ledger.start("a", "A", "x.csv", LocalDate.of(2020, 1, 1), "v");
        new JdbcTemplate(staging).update("UPDATE rr_run SET work_folder = NULL WHERE run_id = ?", legacy);
        assertThat(ledger.interruptUnfinished("stopped")).extracting(RunLedger.Interrupted::runId)
                .containsExactly(legacy);
        assertThat(ledger.find(legacy).orElseThrow().status()).isEqualTo(RunStatus.INTERRUPTED);
    }
}
