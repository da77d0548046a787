package org.recordrelief.routes;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.recordrelief.adapter.CompiledAdapter;
import org.recordrelief.adapter.DescriptorLoader;
import org.recordrelief.cli.SampleScripts;
import org.recordrelief.store.Database;
import org.recordrelief.store.RunStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Los Angeles read incrementally, twice with a change in between: the first read takes every defendant;
 * the second only the one whose rows changed, with all of that defendant's rows (never only the changed
 * one), and replaces only that defendant's results in the county table; a third read with no change reads
 * nothing. On H2 and on PostgreSQL, and with the people read in batches of 5 instead of one batch.
 */
class IncrementalDatabaseTest {

    private static final String CHANGED = "LA00000000";

    @TempDir
    Path tmp;

    @ParameterizedTest(name = "county and staging on {0}")
    @ValueSource(strings = {"h2", "postgres"})
    void theSecondReadTouchesOnlyThePeopleWhoChanged(String database) throws Exception {
        onEach(database, List.of("one"), (name, env, staging) -> check(tmp.resolve(name), env, staging, 500));
    }

    /**
     * Five people per read of the query, so the first read takes the county's defendants in several batches:
     * the county's results table ends the same, after each read, as when one batch holds everyone.
     */
    @ParameterizedTest(name = "county and staging on {0}")
    @ValueSource(strings = {"h2", "postgres"})
    void readingInSmallBatchesGivesTheSameResultsAsOneBatch(String database) throws Exception {
        List<List<Map<String, Map<String, Object>>>> results = new java.util.ArrayList<>();
        onEach(database, List.of("one", "many"), (name, env, staging) -> results.add(
                check(tmp.resolve(name), env, staging, name.equals("one") ? 500 : 5)));
        assertThat(results.get(1)).as("in batches of 5 people").isEqualTo(results.get(0));
    }

    private interface Read {
        void run(String name, Map<String, String> env, Supplier<DataSource> staging) throws Exception;
    }

    /** Runs each read on its own county and staging database (H2 files in its own folder, or PostgreSQL). */
    private void onEach(String database, List<String> names, Read read) throws Exception {
        if (database.equals("h2")) {
            for (String name : names) {
                Path work = tmp.resolve(name).resolve("work");
                read.run(name, Map.of("WORK", work.toString()),
                        () -> Database.dataSource(Database.defaultUrl(work), "sa", ""));
            }
            return;
        }
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start()) {
            JdbcTemplate admin = new JdbcTemplate(pg.getPostgresDatabase());
            for (String name : names) {
                admin.execute("CREATE DATABASE la_cms_" + name);
                admin.execute("CREATE DATABASE staging_" + name);
                read.run(name, Map.of("WORK", tmp.resolve(name).resolve("work").toString(), "LA_CMS_URL",
                        pg.getJdbcUrl("postgres", "la_cms_" + name), "LA_CMS_USER", "postgres"),
                        () -> pg.getDatabase("postgres", "staging_" + name));
            }
        }
    }

    /** Reads the county three times, a change between the first two; returns its results after the first two. */
    private List<Map<String, Map<String, Object>>> check(Path dir, Map<String, String> env,
                                                         Supplier<DataSource> staging, int batchSize) throws Exception {
        Path adapters = TestFiles.adapters(dir, "los-angeles");
        Path descriptor = adapters.resolve("los-angeles").resolve("adapter.yaml");
        String yaml = Files.readString(descriptor);
        assertThat(yaml).contains("batchSize: 500");
        Files.writeString(descriptor, yaml.replace("batchSize: 500", "batchSize: " + batchSize));
        CompiledAdapter la = new DescriptorLoader(env).load(adapters.resolve("los-angeles"));
        SampleScripts.run(Path.of("county-adapters/los-angeles/sample/la-cms.sql"), la.database());
        try (HikariDataSource county = Database.dataSource(la.database().url(), la.database().user(), "")) {
            JdbcTemplate db = new JdbcTemplate(county);
            long people = db.queryForObject("SELECT COUNT(*) FROM cms_defendant", Long.class);
            if (batchSize < 500) {
                assertThat(people).as("more people than two batches hold").isGreaterThan(2L * batchSize);
            }

            RunOutcome first = read(dir, adapters, env, staging);
            assertThat(first.reconciliation().rowsRead()).as("the first read takes everyone").isEqualTo(111);
            Map<String, Map<String, Object>> before = results(db);
            assertThat(before).hasSize(42);

            // the county adds a count to one defendant's record
            db.update("INSERT INTO cms_charge VALUES ('" + CHANGED + "', 'LA18M000099', 1, DATE '2018-01-05', "
                    + "'HS 11357(c)', 'M', 'CONV', DATE '2018-03-01', NULL, 10, NULL, CURRENT_TIMESTAMP)");
            long rowsOfChanged = db.queryForObject("SELECT COUNT(*) FROM cms_charge WHERE defendant_id = ?", Long.class,
                    CHANGED) + db.queryForObject("SELECT COUNT(*) FROM cms_defendant WHERE defendant_id = ? AND "
                    + "death_date IS NOT NULL", Long.class, CHANGED);

            RunOutcome second = read(dir, adapters, env, staging);
            assertThat(second.reconciliation().rowsRead()).as("all of the changed defendant's rows, nobody else's")
                    .isEqualTo(rowsOfChanged).isGreaterThan(1);
            Map<String, Map<String, Object>> after = results(db);
            assertThat(after).hasSize(43).containsKey(CHANGED + "/LA18M000099/1");
            assertThat(without(after, CHANGED)).as("everyone else's results untouched")
                    .isEqualTo(without(before, CHANGED));

            RunOutcome third = read(dir, adapters, env, staging);
            assertThat(third.reconciliation().rowsRead()).as("nothing changed, nothing read").isZero();
            assertThat(results(db)).isEqualTo(after);
            return List.of(before, after);
        }
    }

    private RunOutcome read(Path dir, Path adapters, Map<String, String> env, Supplier<DataSource> staging)
            throws InterruptedException {
        try (PipelineHarness h = new PipelineHarness(adapters, dir.resolve("work"), staging.get(), env)) {
            RunOutcome run = h.awaitOne();
            assertThat(run.status()).as(String.valueOf(run.failureReason())).isEqualTo(RunStatus.COMPLETED);
            assertThat(run.reconciliation().balances()).isTrue();
            return run;
        }
    }

    private static Map<String, Map<String, Object>> results(JdbcTemplate county) {
        List<Map<String, Object>> rows = county.queryForList("SELECT * FROM prop64_results");
        return rows.stream().collect(Collectors.toMap(r -> r.get("defendant_id") + "/" + r.get("case_number") + "/"
                + r.get("count_seq"), r -> new HashMap<>(r)));
    }

    private static Map<String, Map<String, Object>> without(Map<String, Map<String, Object>> results, String person) {
        return results.entrySet().stream().filter(e -> !e.getKey().startsWith(person + "/"))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
