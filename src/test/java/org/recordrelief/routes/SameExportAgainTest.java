package org.recordrelief.routes;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recordrelief.cli.RecordReliefCommand;
import org.recordrelief.store.Database;
import org.recordrelief.store.RunStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The same export dropped again, under its own name or another, is recognised by its contents and skipped
 * with a line saying which run processed it; its results are not written again. {@code --reprocess}
 * processes it all the same. The ledger that recognises it is the staging database: H2 and PostgreSQL.
 */
class SameExportAgainTest {

    private static final Path SAMPLE = Path.of("county-adapters", "san-joaquin", "sample", "sj-court-extract.txt");

    @Test
    void theSameContentsAreSkippedUnderAnyNameAndTheResultsAreLeftAsTheyWereOnH2(@TempDir Path tmp) throws Exception {
        sameContentsSkipped(tmp, Database.dataSource(Database.inMemoryUrl("same-export-again"), "sa", ""));
    }

    @Test
    void theSameContentsAreSkippedUnderAnyNameAndTheResultsAreLeftAsTheyWereOnPostgres(@TempDir Path tmp)
            throws Exception {
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start()) {
            sameContentsSkipped(tmp, pg.getPostgresDatabase());
        }
    }

    private static void sameContentsSkipped(Path tmp, DataSource staging) throws Exception {
        Path adapters = TestFiles.adapters(tmp, "san-joaquin");
        Path work = tmp.resolve("work");
        try (PipelineHarness h = new PipelineHarness(adapters, work, staging, Map.of("WORK", work.toString()))) {
            RunOutcome first = h.runExport("san-joaquin", SAMPLE);
            assertThat(first.status()).isEqualTo(RunStatus.COMPLETED);
            Path results = h.folders("san-joaquin").outbox().resolve(first.outputFiles().get(0));
            Instant written = Instant.parse("2020-01-01T00:00:00Z");
            Files.setLastModifiedTime(results, FileTime.from(written));

            RunOutcome again = h.runExport("san-joaquin", SAMPLE);
            Path renamed = tmp.resolve("extract-copy.txt");
            Files.copy(SAMPLE, renamed);
            RunOutcome copy = h.runExport("san-joaquin", renamed);

            for (RunOutcome skipped : new RunOutcome[] {again, copy}) {
                assertThat(skipped.status()).isEqualTo(RunStatus.SKIPPED);
                assertThat(skipped.failureReason()).startsWith("the same contents as sj-court-extract.txt, processed "
                        + "by run " + first.runId() + " (completed ").endsWith("); run with --reprocess to process it "
                        + "again");
            }
            assertThat(Files.getLastModifiedTime(results).toInstant()).as("not written again").isEqualTo(written);
            WorkFolders folders = h.folders("san-joaquin");
            assertThat(Files.list(folders.archive()).count())
                    .as("all three archived: %s; in the inbox: %s", TestFiles.list(folders.archive()),
                            TestFiles.list(folders.inbox())).isEqualTo(3);
            assertThat(new JdbcTemplate(h.dataSource()).queryForList("SELECT DISTINCT run_id FROM rr_determination",
                    Long.class)).containsExactly(first.runId());
        }
    }

    /**
     * Two installations (two work folders) on one staging database each process their own exports: the second
     * is not skipped because the first already processed the same contents. Before, whether it was depended on
     * which process finished first (CrashAndRestartTest's two processes, once in a CI run). Under {@code
     * --cluster} the instances share their counties, and an export any of them processed counts for all.
     */
    @Test
    void anotherInstallationOnTheSameDatabaseProcessesTheSameContentsItself(@TempDir Path tmp) throws Exception {
        Path adapters = TestFiles.adapters(tmp, "san-joaquin");
        // one in-memory database (kept for the JVM's life): each harness closes its own pool to it
        String url = Database.inMemoryUrl("same-export-two-installations");
        RunOutcome first;
        Path firstWork = tmp.resolve("first");
        try (PipelineHarness h = new PipelineHarness(adapters, firstWork, Database.dataSource(url, "sa", ""),
                Map.of("WORK", firstWork.toString()))) {
            first = h.runExport("san-joaquin", SAMPLE);
        }
        Path secondWork = tmp.resolve("second");
        try (PipelineHarness h = new PipelineHarness(adapters, secondWork, Database.dataSource(url, "sa", ""),
                Map.of("WORK", secondWork.toString()))) {
            RunOutcome second = h.runExport("san-joaquin", SAMPLE);
            assertThat(first.status()).isEqualTo(RunStatus.COMPLETED);
            assertThat(second.status()).as(String.valueOf(second.failureReason())).isEqualTo(RunStatus.COMPLETED);
            assertThat(h.folders("san-joaquin").outbox().resolve(second.outputFiles().get(0))).exists();
        }
        try (com.zaxxer.hikari.HikariDataSource staging = Database.dataSource(url, "sa", "")) {
            org.recordrelief.store.RunLedger cluster = new org.recordrelief.store.RunLedger(staging, secondWork);
            String sha256 = new JdbcTemplate(staging).queryForObject("SELECT source_sha256 FROM rr_run WHERE run_id = ?",
                    String.class, first.runId());
            assertThat(cluster.completedWithContents("san-joaquin", sha256, true)).as("a cluster's instances share")
                    .map(org.recordrelief.store.RunRecord::runId).contains(first.runId());
        }
    }

    /** The hash is taken as the run reads the file; an export read again sorted is hashed on its own. */
    @Test
    void theLedgerKeepsEachFilesSizeAndHashWhetherReadOnceOrSorted(@TempDir Path tmp) throws Exception {
        Path grouped = tmp.resolve("grouped.csv");
        org.recordrelief.samples.SampleGenerator.generate(org.recordrelief.samples.SampleFormat.DOJ, 3, 200, grouped);
        java.util.List<String> lines = Files.readAllLines(grouped);
        java.util.List<String> reversed = new java.util.ArrayList<>(lines.subList(1, lines.size()));
        java.util.Collections.reverse(reversed);
        reversed.add(0, lines.get(0));
        Path notGrouped = tmp.resolve("not-grouped.csv");
        Files.write(notGrouped, reversed);

        Path adapters = TestFiles.adapters(tmp, "sacramento");
        try (PipelineHarness h = PipelineHarness.h2(adapters, tmp.resolve("work"), "hash-taken-on-the-way")) {
            for (Path export : new Path[] {grouped, notGrouped}) {
                h.drop("sacramento", export);
                RunOutcome run = h.awaitOne();
                assertThat(run.status()).isEqualTo(RunStatus.COMPLETED);
                java.util.Map<String, Object> row = new JdbcTemplate(h.dataSource()).queryForMap(
                        "SELECT source_bytes, source_sha256 FROM rr_run WHERE run_id = ?", run.runId());
                assertThat(((Number) row.get("source_bytes")).longValue()).isEqualTo(Files.size(export));
                assertThat(row.get("source_sha256")).isEqualTo(java.util.HexFormat.of().formatHex(
                        java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(export))));
            }
        }
    }

    @Test
    void reprocessProcessesTheSameContentsAgain(@TempDir Path tmp) throws Exception {
        Path adapters = TestFiles.adapters(tmp, "san-joaquin");
        Path work = tmp.resolve("work");
        assertThat(run(work, adapters)).contains("Reconciliation: rows read 105");
        String second = run(work, adapters);
        assertThat(second).contains("== san-joaquin: sj-court-extract.txt skipped (run 2) ==",
                "Reason: the same contents as sj-court-extract.txt, processed by run 1 (completed ");
        assertThat(second).doesNotContain("Reconciliation:");
        assertThat(run(work, adapters, "--reprocess")).contains("Reconciliation: rows read 105");
    }

    private static String run(Path work, Path adapters, String... more) throws Exception {
        Path inbox = WorkFolders.of(work, "san-joaquin").create().inbox();
        TestFiles.putInInbox(SAMPLE, inbox, SAMPLE.getFileName().toString());
        StringWriter out = new StringWriter();
        String[] args = {"run", "--work", work.toString(), "--adapters", adapters.toString(), "--as-of", "2020-07-01"};
        String[] all = java.util.stream.Stream.concat(java.util.Arrays.stream(args), java.util.Arrays.stream(more))
                .toArray(String[]::new);
        int code = RecordReliefCommand.commandLine().setOut(new PrintWriter(out, true)).execute(all);
        assertThat(code).as(out.toString()).isZero();
        return out.toString();
    }
}
