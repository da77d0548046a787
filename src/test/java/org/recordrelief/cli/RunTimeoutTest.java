package org.recordrelief.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recordrelief.adapter.CompiledAdapter;
import org.recordrelief.adapter.DescriptorLoader;
import org.recordrelief.routes.TestFiles;
import org.recordrelief.store.Database;
import org.recordrelief.testing.ChildJvm;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code run --timeout-seconds}: a run still going when the command stops waiting ends INTERRUPTED with
 * nothing of it kept or written back, the command exits 3, and the next run reads the county again and
 * completes. Los Angeles' query sleeps on each row (an H2 function), so its read outlasts the timeout and
 * the routes' stop timeout (10 s) together. In a child process: the interrupted run's thread waits for its
 * process to end.
 */
class RunTimeoutTest {

    /** Milliseconds slept per charge row: 111 rows, about 19 s, well past the 1 s timeout and the 10 s stop. */
    private static final int NAP_MILLIS = 175;

    @Test
    void aRunOutlastingTheTimeoutIsInterruptedLeavesNothingAndIsReadAgainNextTime(@TempDir Path tmp) throws Exception {
        Path work = tmp.resolve("work");
        Path adapters = TestFiles.adapters(tmp, "los-angeles");
        Path descriptor = adapters.resolve("los-angeles").resolve("adapter.yaml");
        String yaml = Files.readString(descriptor);
        String slow = yaml.replace("FROM cms_charge c JOIN cms_defendant d ON d.defendant_id = c.defendant_id",
                "FROM cms_charge c JOIN cms_defendant d ON d.defendant_id = c.defendant_id WHERE NAP(" + NAP_MILLIS
                        + ") IS NULL");
        assertThat(slow).isNotEqualTo(yaml);
        Files.writeString(descriptor, slow);
        CompiledAdapter la = new DescriptorLoader(Map.of("WORK", work.toString())).load(adapters.resolve("los-angeles"));
        SampleScripts.run(Path.of("county-adapters/los-angeles/sample/la-cms.sql"), la.database());
        try (var county = Database.dataSource(la.database().url(), "sa", "")) {
            new JdbcTemplate(county).execute("CREATE ALIAS NAP FOR 'java.lang.Thread.sleep'");
        }

        List<String> lines;
        int exit;
        try (ChildJvm child = ChildJvm.start(RecordReliefCommand.class, "run", "--work", work.toString(),
                "--adapters", adapters.toString(), "--as-of", "2020-07-01", "--timeout-seconds", "1")) {
            lines = child.remainingLines();
            exit = child.exitStatus();
        }
        assertThat(exit).as(String.join("\n", lines)).isEqualTo(3);
        assertThat(lines).anyMatch(l -> l.contains("Stopped waiting after 1 s for los-angeles; a run still going is "
                + "interrupted and its export read again at the next run."));
        try (var staging = Database.dataSource(Database.defaultUrl(work), "sa", "")) {
            JdbcTemplate db = new JdbcTemplate(staging);
            assertThat(db.queryForList("SELECT status FROM rr_run", String.class)).containsExactly("INTERRUPTED");
            assertThat(db.queryForObject("SELECT (SELECT COUNT(*) FROM rr_determination) + (SELECT COUNT(*) FROM "
                    + "rr_quarantine) + (SELECT COUNT(*) FROM rr_person)", Long.class)).as("nothing of it kept").isZero();
        }
        assertThat(resultRows(la)).as("nothing written back").isZero();

        try (ChildJvm child = ChildJvm.start(RecordReliefCommand.class, "run", "--work", work.toString(),
                "--adapters", adapters.toString(), "--as-of", "2020-07-01", "--timeout-seconds", "120")) {
            lines = child.remainingLines();
            exit = child.exitStatus();
        }
        assertThat(exit).as(String.join("\n", lines)).isZero();
        assertThat(resultRows(la)).as("the next run read it all again").isEqualTo(42);
    }

    private static long resultRows(CompiledAdapter la) {
        try (var county = Database.dataSource(la.database().url(), "sa", "")) {
            return new JdbcTemplate(county).queryForObject("SELECT COUNT(*) FROM prop64_results", Long.class);
        }
    }
}
