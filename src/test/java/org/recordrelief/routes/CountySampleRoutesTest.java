package org.recordrelief.routes;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.recordrelief.adapter.CompiledAdapter;
import org.recordrelief.adapter.DescriptorLoader;
import org.recordrelief.store.Database;
import org.recordrelief.store.RunStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The four bundled counties, end to end through the real routes of {@code routes/}: each sample export
 * in, the county's own output out, compared with the county folder's {@code expected/} files. Every
 * sample holds two rows that must go to quarantine.
 */
class CountySampleRoutesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "sacramento, doj-research-file-2019.csv, doj-research-file-2019-prop64.csv, 340, 2",
            "san-francisco, sf-cms-export.csv, sf-cms-export-prop64-results.csv, 119, 2",
            "san-joaquin, sj-court-extract.txt, sj-court-extract-prop64.txt, 105, 2"})
    void fileCountyWritesItsExpectedOutput(String county, String sample, String results, long rows, long quarantined,
                                           @TempDir Path tmp) throws Exception {
        try (PipelineHarness h = PipelineHarness.h2(TestFiles.adapters(tmp, county), tmp.resolve("work"), county);
             WatchService watch = FileSystems.getDefault().newWatchService()) {
            Files.createDirectories(h.folders(county).outbox()).register(watch, StandardWatchEventKinds.ENTRY_CREATE);
            // waits for the export's move to the archive too: the run ends a moment before its file is moved
            RunOutcome run = h.runExport(county, Path.of("county-adapters", county, "sample", sample));

            assertThat(run.status()).isEqualTo(RunStatus.COMPLETED);
            assertThat(run.reconciliation().rowsRead()).isEqualTo(rows);
            assertThat(run.reconciliation().rowsQuarantined()).isEqualTo(quarantined);
            assertThat(run.reconciliation().balances()).isTrue();
            WorkFolders folders = h.folders(county);
            String base = sample.substring(0, sample.lastIndexOf('.'));
            assertThat(TestFiles.list(folders.outbox())).extracting(p -> p.getFileName().toString())
                    .containsExactlyInAnyOrder(results, base + "-quarantine.csv");
            ExpectedOutput.check(county, results, TestFiles.read(folders.outbox().resolve(results)));
            ExpectedOutput.check(county, base + "-quarantine.csv",
                    TestFiles.read(folders.outbox().resolve(base + "-quarantine.csv")));
            // each written under a temporary name of its own (.part-NAME), then renamed (a rename is a create here)
            // (the file system hands its events over a moment after the fact: take them until both renames are in)
            List<String> created = new java.util.ArrayList<>();
            long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(5);
            while (!(created.contains(results) && created.contains(base + "-quarantine.csv"))
                    && System.nanoTime() < deadline) {
                WatchKey key = watch.poll(100, java.util.concurrent.TimeUnit.MILLISECONDS);
                if (key != null) {
                    key.pollEvents().forEach(e -> created.add(String.valueOf(e.context())));
                    key.reset();
                }
            }
            assertThat(created).containsSubsequence(".part-" + results, results)
                    .containsSubsequence(".part-" + base + "-quarantine.csv", base + "-quarantine.csv");
            List<Path> archived = TestFiles.list(folders.archive());
            assertThat(archived).hasSize(1);
            assertThat(archived.get(0).getFileName().toString()).endsWith("-" + sample);
            assertThat(TestFiles.list(folders.inbox())).isEmpty();
            assertThat(TestFiles.list(folders.failed())).isEmpty();
        }
    }

    @Test
    void losAngelesReadsAndWritesItsDatabaseOnH2(@TempDir Path tmp) throws Exception {
        Path work = tmp.resolve("work");
        Map<String, String> env = Map.of("WORK", work.toString());
        loadSample(tmp, env);
        try (PipelineHarness h = new PipelineHarness(TestFiles.adapters(tmp, "los-angeles"), work,
                Database.dataSource(Database.inMemoryUrl("la-staging"), "sa", ""), env)) {
            checkLosAngeles(h);
        }
    }

    @Test
    void losAngelesReadsAndWritesItsDatabaseOnPostgres(@TempDir Path tmp) throws Exception {
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start()) {
            // The county's database and the staging database are separate databases on one server.
            new JdbcTemplate(pg.getPostgresDatabase()).execute("CREATE DATABASE la_cms");
            String url = pg.getJdbcUrl("postgres", "la_cms");
            Path work = tmp.resolve("work");
            Map<String, String> env = Map.of("WORK", work.toString(), "LA_CMS_URL", url, "LA_CMS_USER", "postgres");
            loadSample(tmp, env);
            try (PipelineHarness h = new PipelineHarness(TestFiles.adapters(tmp, "los-angeles"), work,
                    pg.getPostgresDatabase(), env)) {
                checkLosAngeles(h);
            }
        }
    }

    private static void loadSample(Path tmp, Map<String, String> env) {
        Path adapters = TestFiles.adapters(tmp.resolve("loading"), "los-angeles");
        CompiledAdapter la = new DescriptorLoader(env).load(adapters.resolve("los-angeles"));
        org.recordrelief.cli.SampleScripts.run(Path.of("county-adapters/los-angeles/sample/la-cms.sql"), la.database());
    }

    private static void checkLosAngeles(PipelineHarness h) throws InterruptedException {
        RunOutcome run = h.awaitOne();
        assertThat(run.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(run.reconciliation().rowsRead()).isEqualTo(111);
        assertThat(run.reconciliation().rowsQuarantined()).isEqualTo(1);
        assertThat(run.reconciliation().balances()).isTrue();
        assertThat(run.outputName()).isEqualTo("table prop64_results (42 rows)");

        CompiledAdapter la = h.adapter("los-angeles");
        DataSource county = Database.dataSource(la.output().database().url(), la.output().database().user(), "");
        List<Map<String, Object>> rows = new JdbcTemplate(county).queryForList(
                "SELECT * FROM prop64_results ORDER BY defendant_id, case_number, count_seq");
        StringBuilder table = new StringBuilder("defendant_id,case_number,count_seq,statute,outcome,reduced_to,basis,"
                + "referred_to,county_option,rule_ids,decided_as_of\n");
        for (Map<String, Object> r : rows) {
            table.append(String.join(",", text(r, "defendant_id"), text(r, "case_number"), text(r, "count_seq"),
                    text(r, "statute"), text(r, "outcome"), text(r, "reduced_to"), text(r, "basis"),
                    text(r, "referred_to"), text(r, "county_option"), text(r, "rule_ids"), text(r, "decided_as_of")))
                    .append('\n');
        }
        ExpectedOutput.check("los-angeles", "prop64_results.csv", table.toString());
        String quarantine = TestFiles.read(h.folders("los-angeles").outbox().resolve(run.sourceName() + "-quarantine.csv"));
        ExpectedOutput.check("los-angeles", "quarantine.csv", quarantine.replace(run.sourceName(), "(database)"));
    }

    private static String text(Map<String, Object> row, String column) {
        Object v = row.get(column);
        return v == null ? "" : v.toString().replace(",", ";");
    }
}
