package org.recordrelief.routes;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recordrelief.adapter.CompiledAdapter;
import org.recordrelief.adapter.DescriptorLoader;
import org.recordrelief.cli.SampleScripts;
import org.recordrelief.store.Database;
import org.recordrelief.store.RunStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The county's PostgreSQL goes away: during a read, the run fails cleanly (recorded with its reason,
 * nothing written to the county, the watermark kept, so the next read takes the same changes); at the
 * start of a read, it is tried again before the run fails.
 */
class CountyDatabaseFaultsTest {

    @TempDir
    Path tmp;

    private EmbeddedPostgres start(Path data, int port) throws Exception {
        return EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false).setPort(port).start();
    }

    @Test
    void aDatabaseLostDuringAReadFailsTheRunCleanlyAndTheNextReadTakesTheSameChanges() throws Exception {
        Path data = tmp.resolve("pg-data");
        Path work = tmp.resolve("work");
        EmbeddedPostgres pg = start(data, 0);
        int port = pg.getPort();
        Map<String, String> env = Map.of("WORK", work.toString(), "LA_CMS_URL", pg.getJdbcUrl("postgres", "postgres"),
                "LA_CMS_USER", "postgres");
        Path adapters = TestFiles.adapters(tmp, "los-angeles");
        CompiledAdapter la = new DescriptorLoader(env).load(adapters.resolve("los-angeles"));
        SampleScripts.run(Path.of("county-adapters/los-angeles/sample/la-cms.sql"), la.database());
        String staging = Database.defaultUrl(work);
        assertThat(read(adapters, env, staging).status()).isEqualTo(RunStatus.COMPLETED);

        new JdbcTemplate(pg.getPostgresDatabase()).update("INSERT INTO cms_charge VALUES ('LA00000000', 'LA18M000099', 1, "
                + "DATE '2018-01-05', 'HS 11357(c)', 'M', 'CONV', DATE '2018-03-01', NULL, 10, NULL, CURRENT_TIMESTAMP)");
        Path descriptor = adapters.resolve("los-angeles/adapter.yaml");
        String fast = Files.readString(descriptor);
        // the read of the changed people's rows takes a few seconds: time to stop the server under it
        Files.writeString(descriptor, fast.replace("FROM cms_charge c JOIN cms_defendant d ON d.defendant_id = "
                + "c.defendant_id", "FROM cms_charge c JOIN cms_defendant d ON d.defendant_id = c.defendant_id "
                + "CROSS JOIN (SELECT 1 AS paused FROM pg_sleep(4)) AS slow_read"));
        try (PipelineHarness h = harness(adapters, env, staging);
             HikariDataSource ledger = Database.dataSource(staging, "sa", "")) {
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (new JdbcTemplate(ledger).queryForObject("SELECT COUNT(*) FROM rr_run WHERE status = 'RUNNING'",
                    Integer.class) == 0) {
                assertThat(System.nanoTime()).as("the second read started").isLessThan(deadline);
                Thread.sleep(50);
            }
            Thread.sleep(500);
            pg.close();
            RunOutcome lost = h.awaitOne();
            assertThat(lost.status()).isEqualTo(RunStatus.FAILED);
            // the server closing its connections (57P01) or the connection gone (08006), by when it is seen
            assertThat(lost.failureReason()).startsWith("database failure: ").containsAnyOf("SQLState 57P01",
                    "SQLState 08");
        }

        pg = start(data, port);
        try {
            JdbcTemplate county = new JdbcTemplate(pg.getPostgresDatabase());
            assertThat(county.queryForObject("SELECT COUNT(*) FROM prop64_results", Integer.class))
                    .as("nothing of the failed run reached the county").isEqualTo(42);
            Files.writeString(descriptor, fast);
            RunOutcome again = read(adapters, env, staging);
            assertThat(again.reconciliation().rowsRead()).as("the same changed defendant, all of their rows")
                    .isEqualTo(county.queryForObject("SELECT COUNT(*) FROM cms_charge WHERE defendant_id = "
                            + "'LA00000000'", Long.class));
            assertThat(county.queryForObject("SELECT COUNT(*) FROM prop64_results", Integer.class)).isEqualTo(43);
        } finally {
            pg.close();
        }
    }

    @Test
    void aDatabaseDownWhenTheReadStartsIsTriedAgainThenTheRunFails() throws Exception {
        EmbeddedPostgres pg = EmbeddedPostgres.builder().start();
        String url = pg.getJdbcUrl("postgres", "postgres");
        pg.close();
        Path work = tmp.resolve("work");
        Map<String, String> env = Map.of("WORK", work.toString(), "LA_CMS_URL", url, "LA_CMS_USER", "postgres");
        long started = System.nanoTime();
        RunOutcome run = read(TestFiles.adapters(tmp, "los-angeles"), env, Database.defaultUrl(work));
        assertThat(run.status()).isEqualTo(RunStatus.FAILED);
        assertThat(run.failureReason()).isEqualTo("database failure: cannot connect to the database (is it running, "
                + "and is the URL right?) (SQLState 08001, SQLTransientConnectionException)");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).as("three attempts, 2 s and 6 s apart")
                .isGreaterThan(Duration.ofSeconds(8));
    }

    private static PipelineHarness harness(Path adapters, Map<String, String> env, String staging) {
        return new PipelineHarness(adapters, Path.of(env.get("WORK")), Database.dataSource(staging, "sa", ""), env);
    }

    private static RunOutcome read(Path adapters, Map<String, String> env, String staging) throws InterruptedException {
        try (PipelineHarness h = harness(adapters, env, staging)) {
            return h.awaitOne();
        }
    }
}
