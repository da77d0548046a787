package org.recordrelief.routes;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recordrelief.cli.RecordReliefCommand;
import org.recordrelief.samples.SampleFormat;
import org.recordrelief.samples.SampleGenerator;
import org.recordrelief.store.Database;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A run killed like {@code kill -9} in the middle of its export, then started again, ends with exactly
 * the results of a run that was never killed: no determination lost, none twice, the same results file.
 */
class KilledRunTest {

    private static final String AS_OF = "2020-07-01";

    @Test
    void aRunKilledMidwayIsInterruptedAndTheNextStartGivesTheCleanRunsResults(@TempDir Path tmp) throws Exception {
        Path adapters = TestFiles.adapters(tmp, "sacramento");
        Path export = tmp.resolve("doj.csv");
        SampleGenerator.generate(SampleFormat.DOJ, 7, 15_000, export);

        Path clean = tmp.resolve("clean");
        drop(export, clean);
        assertThat(run(clean, adapters)).isZero();

        Path crashed = tmp.resolve("crashed");
        drop(export, crashed);
        // the same installation secret, so both give the same pseudonymous ids
        Files.copy(clean.resolve("pseudonym.key"), crashed.resolve("pseudonym.key"));
        Path partialResults = WorkFolders.of(crashed, "sacramento").tmp().resolve("doj-prop64.csv");
        try (org.recordrelief.testing.ChildJvm child = org.recordrelief.testing.ChildJvm.start(RecordReliefCommand.class,
                "run", "--work", crashed.toString(), "--adapters", adapters.toString(), "--as-of", AS_OF)) {
            child.awaitLine("run 1 started");
            // killed once part of the results is written: the person-by-person pass is under way. The child is
            // another process, so no Camel notification reaches this one; a short pause leaves it both cores.
            while (!Files.exists(partialResults) || Files.size(partialResults) < 1_000_000) {
                Thread.sleep(2);
            }
            child.kill();
        }
        assertThat(TestFiles.list(WorkFolders.of(crashed, "sacramento").inbox())).extracting(p -> p.getFileName()
                .toString()).as("the export stays, and nothing beside it (no lock file left behind)")
                .containsExactly("doj.csv");

        assertThat(run(crashed, adapters)).isZero();
        assertThat(Files.readAllLines(outbox(crashed).resolve("doj-prop64.csv")))
                .isEqualTo(Files.readAllLines(outbox(clean).resolve("doj-prop64.csv")));
        try (HikariDataSource cleanDb = database(clean); HikariDataSource crashedDb = database(crashed)) {
            JdbcTemplate after = new JdbcTemplate(crashedDb);
            // H2 writes each commit to its file when it is made (WRITE_DELAY=0), so the killed run's ledger row,
            // committed before "run 1 started" is logged, survives the kill: interrupted, not left RUNNING.
            List<String> statuses = after.queryForList("SELECT status FROM rr_run ORDER BY run_id", String.class);
            assertThat(statuses).containsExactly("INTERRUPTED", "COMPLETED");
            assertThat(determinations(after)).isEqualTo(determinations(new JdbcTemplate(cleanDb)))
                    .hasSizeGreaterThan(1000);
        }
    }

    private static void drop(Path export, Path work) throws Exception {
        Path inbox = WorkFolders.of(work, "sacramento").create().inbox();
        TestFiles.putInInbox(export, inbox, export.getFileName().toString());
    }

    private static int run(Path work, Path adapters) {
        return RecordReliefCommand.commandLine().setOut(new PrintWriter(new StringWriter(), true))
                .execute("run", "--work", work.toString(), "--adapters", adapters.toString(), "--as-of", AS_OF);
    }

    private static Path outbox(Path work) {
        return WorkFolders.of(work, "sacramento").outbox();
    }

    private static HikariDataSource database(Path work) {
        return Database.dataSource(Database.defaultUrl(work), "sa", "");
    }

    /** Every determination but its run id, which differs between the two work folders' ledgers. */
    private static List<String> determinations(JdbcTemplate db) {
        return db.queryForList("SELECT person_id, case_id, charge_id, first_line, outcome, rule_ids, reasons FROM "
                + "rr_determination ORDER BY person_id, case_id, charge_id").stream().map(Object::toString).toList();
    }
}
