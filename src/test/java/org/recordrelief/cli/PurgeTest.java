package org.recordrelief.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recordrelief.store.Database;
import org.recordrelief.store.RunLedger;
import org.springframework.jdbc.core.JdbcTemplate;

/** Staged personal data of finished runs goes after the retention period; the ledger keeps the counts. */
class PurgeTest {

    private static String execute(String... args) {
        StringWriter out = new StringWriter();
        int code = RecordReliefCommand.commandLine().setOut(new PrintWriter(out, true)).execute(args);
        assertThat(code).as(out.toString()).isZero();
        return out.toString();
    }

    @Test
    void purgeRemovesFinishedRunsStoredRowsKeepsTheirLedgerAndLeavesARunStillGoing(@TempDir Path tmp) {
        Path work = tmp.resolve("work");
        execute("run", "--load-samples", "--work", work.toString(), "--as-of", "2020-07-01", "--adapters",
                org.recordrelief.routes.TestFiles.adapters(tmp, "los-angeles", "sacramento", "san-francisco",
                        "san-joaquin").toString());
        long going;
        try (var db = Database.dataSource(Database.defaultUrl(work), "sa", "")) {
            going = new RunLedger(db, work).start("sacramento", "Sacramento", "x.csv", LocalDate.of(2020, 7, 1), "v");
            JdbcTemplate jdbc = new JdbcTemplate(db);
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM rr_determination", Long.class)).isGreaterThan(50);
            jdbc.update("INSERT INTO rr_quarantine (run_id, line_number, source_name, field, reason, "
                    + "affects_history, needs_review) VALUES (?, 1, 'x.csv', '(row)', 'cut off', false, false)", going);
        }

        assertThat(execute("purge", "--older-than-days", "30", "--work", work.toString()))
                .contains("Purged the stored determinations and quarantined rows of 0 finished runs");
        String purged = execute("purge", "--older-than-days", "0", "--work", work.toString());
        assertThat(purged).contains("Purged the stored determinations and quarantined rows of 4 finished runs");

        try (var db = Database.dataSource(Database.defaultUrl(work), "sa", "")) {
            JdbcTemplate jdbc = new JdbcTemplate(db);
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM rr_determination", Long.class)).isZero();
            assertThat(jdbc.queryForList("SELECT DISTINCT run_id FROM rr_quarantine", Long.class))
                    .as("the run still going keeps its rows").containsExactly(going);
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM rr_run WHERE status = 'COMPLETED' AND purged_at IS "
                    + "NOT NULL AND rows_read > 0", Long.class)).as("the ledger keeps the counts").isEqualTo(4);
        }
    }

    @Test
    void aNegativeAgeIsOneLineWithExitCodeTwo(@TempDir Path tmp) {
        StringWriter err = new StringWriter();
        int code = RecordReliefCommand.commandLine().setErr(new PrintWriter(err, true)).execute("purge",
                "--older-than-days", "-1", "--work", tmp.toString());
        assertThat(code).isEqualTo(2);
        assertThat(err.toString().strip()).isEqualTo("--older-than-days must be 0 or more, not -1");
    }

    @Test
    void aRunWithARetentionPeriodPurgesAfterItsRuns(@TempDir Path tmp) {
        Path work = tmp.resolve("work");
        String out = execute("run", "san-joaquin", "--load-samples", "--work", work.toString(), "--as-of",
                "2020-07-01", "--retention-days", "0", "--adapters", org.recordrelief.routes.TestFiles.adapters(tmp,
                        "san-joaquin").toString());
        assertThat(out).contains("Reconciliation:", "Retention: the stored determinations and quarantined rows of 1 "
                + "run(s) that finished more than 0 days ago were removed.");
    }

    @Test
    void aRunAwaitingApprovalKeepsWhatTheReviewerNeeds(@TempDir Path tmp) {
        Path work = tmp.resolve("work");
        execute("run", "san-joaquin", "--load-samples", "--work", work.toString(), "--as-of", "2020-07-01",
                "--adapters", org.recordrelief.routes.TestFiles.adaptersNeedingApproval(tmp, "san-joaquin").toString());
        String before = stored(work);
        assertThat(before).as("determinations and people").doesNotContain(" 0");
        assertThat(execute("purge", "--older-than-days", "0", "--work", work.toString()))
                .contains("Purged the stored determinations and quarantined rows of 0 finished runs");
        assertThat(stored(work)).isEqualTo(before);
    }

    private static String stored(Path work) {
        try (var db = Database.dataSource(Database.defaultUrl(work), "sa", "")) {
            JdbcTemplate jdbc = new JdbcTemplate(db);
            return jdbc.queryForObject("SELECT COUNT(*) FROM rr_determination", Long.class) + " "
                    + jdbc.queryForObject("SELECT COUNT(*) FROM rr_person", Long.class);
        }
    }
}
