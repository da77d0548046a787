package org.recordrelief.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recordrelief.adapter.DescriptorLoader;
import org.recordrelief.routes.TestFiles;
import org.recordrelief.routes.WorkFolders;
import org.recordrelief.samples.SampleFormat;
import org.recordrelief.samples.SampleGenerator;
import org.recordrelief.store.Database;
import org.recordrelief.testing.ChildJvm;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code serve} as systemd would run it: a separate process, each county read on the cron in its
 * descriptor, stopped with SIGTERM. A run in progress when the signal comes finishes (or, past the stop
 * timeout, is interrupted cleanly); a scheduled read that comes while the last is still going is skipped
 * and the log says so.
 */
class ServeTest {

    /** What the JVM answers SIGTERM with once its shutdown hooks are done. */
    private static final int STOPPED_BY_SIGTERM = 143;

    @TempDir
    Path tmp;

    private Path adapters(String county, String cron) throws Exception {
        Path adapters = TestFiles.adapters(tmp, county);
        Path descriptor = adapters.resolve(county).resolve("adapter.yaml");
        Files.writeString(descriptor, Files.readString(descriptor) + "\nschedule:\n  cron: \"" + cron + "\"\n"
                + "  timeZone: America/Los_Angeles\n");
        return adapters;
    }

    private ChildJvm serve(Path adapters, Map<String, String> env, String... more) throws Exception {
        // each service on a free port of its own: one still stopping must not hold the next one's pages
        List<String> args = new ArrayList<>(List.of("serve", "--work", tmp.resolve("work").toString(), "--adapters",
                adapters.toString(), "--web-port", String.valueOf(org.apache.camel.test.AvailablePortFinder
                        .getNextAvailable())));
        args.addAll(List.of(more));
        return ChildJvm.start(env, List.of(), RecordReliefCommand.class, args.toArray(String[]::new));
    }

    private Path export(int rows) throws Exception {
        Path export = tmp.resolve("doj.csv");
        SampleGenerator.generate(SampleFormat.DOJ, 11, rows, export);
        TestFiles.putInInbox(export, WorkFolders.of(tmp.resolve("work"), "sacramento").create().inbox(), "doj.csv");
        return export;
    }

    private List<String> ledger() {
        try (HikariDataSource db = Database.dataSource(Database.defaultUrl(tmp.resolve("work")), "sa", "")) {
            return new JdbcTemplate(db).queryForList("SELECT adapter_id || ' ' || status FROM rr_run ORDER BY run_id",
                    String.class);
        }
    }

    @Test
    void aFolderCountyIsReadOnItsScheduleAndTheServiceStopsOnSigterm() throws Exception {
        Path adapters = adapters("sacramento", "0/2 * * * * ?");
        export(500);
        try (ChildJvm service = serve(adapters, Map.of())) {
            service.awaitLine("sacramento: read on schedule '0/2 * * * * ?' (America/Los_Angeles)");
            service.awaitLine("review pages: http://127.0.0.1:");
            service.awaitLine("sacramento: run 1 completed");
            service.stop();
            assertThat(service.remainingLines()).anyMatch(l -> l.contains("stopped"));
            assertThat(service.exitStatus()).isEqualTo(STOPPED_BY_SIGTERM);
        }
        assertThat(ledger()).containsExactly("sacramento COMPLETED");
        assertThat(WorkFolders.of(tmp.resolve("work"), "sacramento").outbox().resolve("doj-prop64.csv")).exists();
    }

    /** SIGTERM while a run is going: the run finishes before the process ends. */
    @Test
    void aRunInProgressWhenStoppedFinishes() throws Exception {
        export(10_000);
        try (ChildJvm service = serve(TestFiles.adapters(tmp, "sacramento"), Map.of(), "--poll-seconds", "1")) {
            service.awaitLine("sacramento: run 1 started");
            service.stop();
            List<String> rest = service.remainingLines();
            assertThat(rest).anyMatch(l -> l.contains("sacramento: run 1 completed"));
            assertThat(service.exitStatus()).isEqualTo(STOPPED_BY_SIGTERM);
        }
        assertThat(ledger()).containsExactly("sacramento COMPLETED");
        WorkFolders folders = WorkFolders.of(tmp.resolve("work"), "sacramento");
        assertThat(TestFiles.list(folders.inbox())).isEmpty();
        assertThat(folders.outbox().resolve("doj-prop64.csv")).exists();
    }

    /** Past the stop timeout the run is interrupted cleanly: nothing half delivered, its export read again later. */
    @Test
    void aRunThatCannotFinishInTimeIsInterruptedAndReadAgainAtTheNextStart() throws Exception {
        export(40_000);
        Path adapters = TestFiles.adapters(tmp, "sacramento");
        try (ChildJvm service = serve(adapters, Map.of(), "--poll-seconds", "1", "--stop-timeout-seconds", "1")) {
            service.awaitLine("sacramento: run 1 started");
            service.stop();
            assertThat(service.exitStatus()).isEqualTo(STOPPED_BY_SIGTERM);
        }
        assertThat(ledger()).containsExactly("sacramento INTERRUPTED");
        WorkFolders folders = WorkFolders.of(tmp.resolve("work"), "sacramento");
        assertThat(folders.inbox().resolve("doj.csv")).as("the export waits for the next start").exists();
        assertThat(TestFiles.list(folders.outbox())).as("nothing delivered, not even in part").isEmpty();

        int code = RecordReliefCommand.commandLine().setOut(new java.io.PrintWriter(new java.io.StringWriter()))
                .execute("run", "--work", tmp.resolve("work").toString(), "--adapters", adapters.toString());
        assertThat(code).isZero();
        assertThat(ledger()).containsExactly("sacramento INTERRUPTED", "sacramento COMPLETED");
    }

    /**
     * A database county on a schedule tighter than its read: the times that come while a read is going wait
     * (Quartz never starts a second read of the county), one read stands for them, the log says so, and the
     * county's table still holds each result once.
     */
    @Test
    void aScheduledReadThatComesWhileTheLastIsGoingIsSkippedAndSaidInTheLog() throws Exception {
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start()) {
            new JdbcTemplate(pg.getPostgresDatabase()).execute("CREATE DATABASE la_cms");
            Map<String, String> env = Map.of("LA_CMS_URL", pg.getJdbcUrl("postgres", "la_cms"), "LA_CMS_USER",
                    "postgres");
            Path adapters = adapters("los-angeles", "* * * * * ?");
            Path descriptor = adapters.resolve("los-angeles/adapter.yaml");
            // the county's read takes three seconds: longer than the one second between scheduled reads
            Files.writeString(descriptor, Files.readString(descriptor).replace(
                    "FROM cms_charge c JOIN cms_defendant d ON d.defendant_id = c.defendant_id",
                    "FROM cms_charge c JOIN cms_defendant d ON d.defendant_id = c.defendant_id "
                            + "CROSS JOIN (SELECT 1 AS paused FROM pg_sleep(3)) AS slow_read"));
            Map<String, String> loading = new java.util.HashMap<>(env);
            loading.put("WORK", tmp.resolve("work").toString());
            SampleScripts.run(Path.of("county-adapters/los-angeles/sample/la-cms.sql"),
                    new DescriptorLoader(loading).load(adapters.resolve("los-angeles")).database());
            try (ChildJvm service = serve(adapters, env)) {
                service.awaitLine("los-angeles: run 1 started");
                service.awaitLine("los-angeles: run 1 completed");
                service.awaitLine("los-angeles: its schedule came ");
                service.awaitLine("los-angeles: run 2 completed");
                service.stop();
                assertThat(service.exitStatus()).isEqualTo(STOPPED_BY_SIGTERM);
            }
            assertThat(new JdbcTemplate(pg.getDatabase("postgres", "la_cms")).queryForObject(
                    "SELECT COUNT(*) FROM prop64_results", Integer.class)).isEqualTo(42);
        }
        assertThat(ledger()).doesNotContain("los-angeles RUNNING", "los-angeles FAILED");
    }
}
