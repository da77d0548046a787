package org.recordrelief.routes;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.recordrelief.adapter.DescriptorLoader;
import org.recordrelief.cli.RecordReliefCommand;
import org.recordrelief.cli.SampleScripts;
import org.recordrelief.samples.SampleFormat;
import org.recordrelief.samples.SampleGenerator;
import org.recordrelief.store.Database;
import org.recordrelief.testing.ChildJvm;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A process stopped outright (as {@code kill -9} does: no shutdown hooks, nothing flushed) at each stage
 * of a run, then started again, on the embedded H2 and on PostgreSQL: the results are exactly those of a
 * run that was never stopped: no determination lost, none twice, the same files, and a county table
 * without a second copy of any row. The stop is made by {@link CrashPoint} in the child process, because
 * a delivery takes microseconds and cannot be hit by killing from outside.
 */
class CrashAndRestartTest {

    private static final String AS_OF = "2020-07-01";
    private static final AtomicInteger CASES = new AtomicInteger();

    static Path tmp;
    static Path adapters;
    static Path export;
    static EmbeddedPostgres postgres;
    /** A run of the same export that was never stopped, for comparison. */
    static Path clean;

    @BeforeAll
    static void cleanRuns() throws Exception {
        tmp = Files.createTempDirectory("crash");
        adapters = TestFiles.adapters(tmp, "sacramento", "los-angeles");
        export = tmp.resolve("doj.csv");
        // Enough people for several chunks (the stop at evaluate/3 lands midway); every stop is at a set point,
        // so more people only make each of the 28 processes longer.
        SampleGenerator.generate(SampleFormat.DOJ, 7, 3_000, export);
        postgres = EmbeddedPostgres.builder().start();

        clean = tmp.resolve("clean");
        drop(clean);
        Files.createDirectories(clean);
        loadLosAngeles(clean, Map.of());
        ChildJvm child = ChildJvm.start(List.of(), RecordReliefCommand.class, runArgs(clean, List.of()));
        assertThat(child.exitStatus()).isZero();
    }

    @AfterAll
    static void stop() throws IOException {
        if (postgres != null) {
            postgres.close();
        }
    }

    /** @param stage the county folder and the stage the process is stopped at (see {@link CrashPoint}) */
    @ParameterizedTest(name = "stopped at {0}, staging on {1}")
    @CsvSource({"sacramento/parse, h2", "sacramento/evaluate/3, h2", "sacramento/stage, h2", "sacramento/deliver, h2",
            "sacramento/parse, postgres", "sacramento/evaluate/3, postgres", "sacramento/stage, postgres",
            "sacramento/deliver, postgres", "los-angeles/stage, h2", "los-angeles/deliver, h2",
            "los-angeles/stage, postgres", "los-angeles/deliver, postgres"})
    void aRunStoppedAtAnyStageEndsWithTheResultsOfARunNeverStopped(String stage, String database) throws Exception {
        Path work = tmp.resolve("case-" + CASES.incrementAndGet());
        drop(work);
        Files.copy(clean.resolve("pseudonym.key"), work.resolve("pseudonym.key"));
        List<String> staging = new ArrayList<>();
        Map<String, String> env = new HashMap<>();
        if (database.equals("postgres")) {
            String name = work.getFileName().toString().replace('-', '_');
            new JdbcTemplate(postgres.getPostgresDatabase()).execute("CREATE DATABASE staging_" + name);
            new JdbcTemplate(postgres.getPostgresDatabase()).execute("CREATE DATABASE county_" + name);
            staging.addAll(List.of("--db-url", postgres.getJdbcUrl("postgres", "staging_" + name), "--db-user",
                    "postgres"));
            env.putAll(Map.of("LA_CMS_URL", postgres.getJdbcUrl("postgres", "county_" + name), "LA_CMS_USER",
                    "postgres"));
        }
        loadLosAngeles(work, env);

        ChildJvm stopped = ChildJvm.start(env, List.of("-D" + CrashPoint.PROPERTY + "=" + stage),
                RecordReliefCommand.class, runArgs(work, staging));
        String[] at = stage.split("/");
        stopped.awaitLine("crash point: stopping " + at[0] + " at " + at[1]);
        assertThat(stopped.exitStatus()).as("stopped as kill -9 would").isEqualTo(137);
        WorkFolders sacramento = WorkFolders.of(work, "sacramento");
        assertThat(sacramento.inbox().resolve("doj.csv")).as("the export stays in the inbox").exists();
        if (at[1].equals("deliver")) {
            assertThat(TestFiles.list(WorkFolders.of(work, at[0]).outbox())).as("stopped after delivering, before "
                    + "recording it").isNotEmpty();
        }

        ChildJvm restarted = ChildJvm.start(env, List.of(), RecordReliefCommand.class, runArgs(work, staging));
        assertThat(restarted.exitStatus()).isZero();

        for (String file : List.of("doj-prop64.csv", "doj-quarantine.csv")) {
            assertThat(sacramento.outbox().resolve(file)).as(file).hasSameTextualContentAs(
                    WorkFolders.of(clean, "sacramento").outbox().resolve(file));
        }
        assertThat(TestFiles.list(sacramento.outbox())).hasSize(2);
        assertThat(TestFiles.list(sacramento.inbox())).isEmpty();
        assertThat(TestFiles.list(sacramento.archive())).hasSize(1);
        try (HikariDataSource cleanDb = Database.dataSource(Database.defaultUrl(clean), "sa", "");
             HikariDataSource db = staging.isEmpty() ? Database.dataSource(Database.defaultUrl(work), "sa", "")
                     : Database.dataSource(staging.get(1), "postgres", "")) {
            JdbcTemplate after = new JdbcTemplate(db);
            // The database county is read at every run, so it may have completed in the stopped process too.
            assertThat(after.queryForList("SELECT adapter_id || ' ' || status FROM rr_run ORDER BY run_id",
                    String.class)).as("no run left RUNNING; the export completed once").doesNotContain(
                    "sacramento RUNNING", "los-angeles RUNNING").containsOnlyOnce("sacramento COMPLETED")
                    .contains("los-angeles COMPLETED");
            assertThat(determinations(after)).isEqualTo(determinations(new JdbcTemplate(cleanDb)))
                    .hasSizeGreaterThan(500);
        }
        assertThat(countyTable(work, env)).as("the county table: replaced, never a second copy")
                .isEqualTo(countyTable(clean, Map.of())).hasSize(42);
    }

    /**
     * Two installations (two work folders) sharing one PostgreSQL staging database, run at the same time:
     * each processes its own export once, and neither takes the other's running run for a stopped one.
     */
    @org.junit.jupiter.api.Test
    void twoProcessesOnOneStagingDatabaseEachProcessTheirExportOnce() throws Exception {
        new JdbcTemplate(postgres.getPostgresDatabase()).execute("CREATE DATABASE staging_shared");
        List<String> staging = List.of("--db-url", postgres.getJdbcUrl("postgres", "staging_shared"), "--db-user",
                "postgres");
        List<Path> works = List.of(tmp.resolve("first"), tmp.resolve("second"));
        List<ChildJvm> processes = new ArrayList<>();
        for (Path work : works) {
            drop(work);
            loadLosAngeles(work, Map.of());
            Files.copy(clean.resolve("pseudonym.key"), work.resolve("pseudonym.key"));
            processes.add(ChildJvm.start(List.of(), RecordReliefCommand.class, runArgs(work, staging)));
        }
        for (ChildJvm process : processes) {
            assertThat(process.exitStatus()).isZero();
        }
        for (Path work : works) {
            assertThat(WorkFolders.of(work, "sacramento").outbox().resolve("doj-prop64.csv")).hasSameTextualContentAs(
                    WorkFolders.of(clean, "sacramento").outbox().resolve("doj-prop64.csv"));
        }
        try (HikariDataSource db = Database.dataSource(staging.get(1), "postgres", "")) {
            assertThat(new JdbcTemplate(db).queryForList("SELECT adapter_id || ' ' || status FROM rr_run ORDER BY "
                    + "run_id", String.class)).containsExactlyInAnyOrder("sacramento COMPLETED", "sacramento COMPLETED",
                    "los-angeles COMPLETED", "los-angeles COMPLETED");
            assertThat(new JdbcTemplate(db).queryForObject("SELECT COUNT(DISTINCT work_folder) FROM rr_run",
                    Integer.class)).isEqualTo(2);
        }
    }

    /** A second process on a work folder in use stops before it opens the staging database. */
    @org.junit.jupiter.api.Test
    void aSecondProcessOnTheSameWorkFolderTouchesNothingOnPostgres() throws Exception {
        new JdbcTemplate(postgres.getPostgresDatabase()).execute("CREATE DATABASE staging_refused");
        Path work = tmp.resolve("held");
        drop(work);
        try (ChildJvm holder = ChildJvm.start(org.recordrelief.testing.WorkFolderHolder.class, work.toString())) {
            holder.awaitLine("holding");
            int code = RecordReliefCommand.commandLine().setErr(new java.io.PrintWriter(new java.io.StringWriter()))
                    .execute(runArgs(work, List.of("--db-url", postgres.getJdbcUrl("postgres", "staging_refused"),
                            "--db-user", "postgres")));
            assertThat(code).isEqualTo(4);
        }
        assertThat(new JdbcTemplate(postgres.getDatabase("postgres", "staging_refused")).queryForObject(
                "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = 'public'", Integer.class))
                .as("no table was made").isZero();
        assertThat(WorkFolders.of(work, "sacramento").inbox().resolve("doj.csv")).exists();
    }

    private static String[] runArgs(Path work, List<String> staging) {
        List<String> args = new ArrayList<>(List.of("run", "--work", work.toString(), "--adapters",
                adapters.toString(), "--as-of", AS_OF));
        args.addAll(staging);
        return args.toArray(String[]::new);
    }

    private static void drop(Path work) throws IOException {
        Path inbox = WorkFolders.of(work, "sacramento").create().inbox();
        TestFiles.putInInbox(export, inbox, "doj.csv");
    }

    private static Map<String, String> countyEnv(Path work, Map<String, String> env) {
        Map<String, String> all = new HashMap<>(env);
        all.put("WORK", work.toAbsolutePath().toString());
        return all;
    }

    private static void loadLosAngeles(Path work, Map<String, String> env) {
        SampleScripts.run(Path.of("county-adapters/los-angeles/sample/la-cms.sql"),
                new DescriptorLoader(countyEnv(work, env)).load(adapters.resolve("los-angeles")).database());
    }

    private static List<String> countyTable(Path work, Map<String, String> env) {
        var db = new DescriptorLoader(countyEnv(work, env)).load(adapters.resolve("los-angeles")).output().database();
        try (HikariDataSource county = Database.dataSource(db.url(), db.user(), "")) {
            return new JdbcTemplate(county).queryForList("SELECT * FROM prop64_results ORDER BY defendant_id, "
                    + "case_number, count_seq").stream().map(Object::toString).toList();
        }
    }

    /**
     * Every determination but its run id (which differs between the two ledgers): for each count, the one
     * of the last completed run that decided it (an incremental database read decides only the people who
     * changed since), and none of a run that did not complete.
     */
    private static List<String> determinations(JdbcTemplate db) {
        assertThat(db.queryForObject("SELECT COUNT(*) FROM rr_determination d JOIN rr_run r ON r.run_id = d.run_id "
                + "WHERE r.status <> 'COMPLETED'", Long.class)).as("determinations of runs that did not complete")
                .isZero();
        return db.queryForList("SELECT r.adapter_id, d.person_id, d.case_id, d.charge_id, d.first_line, d.outcome, "
                + "d.rule_ids, d.reasons FROM rr_determination d JOIN rr_run r ON r.run_id = d.run_id WHERE d.run_id = "
                + "(SELECT MAX(d2.run_id) FROM rr_determination d2 JOIN rr_run r2 ON r2.run_id = d2.run_id WHERE "
                + "r2.adapter_id = r.adapter_id AND d2.person_id = d.person_id AND d2.case_id = d.case_id AND "
                + "d2.charge_id = d.charge_id) ORDER BY r.adapter_id, d.person_id, d.case_id, d.charge_id")
                .stream().map(Object::toString).toList();
    }
}
