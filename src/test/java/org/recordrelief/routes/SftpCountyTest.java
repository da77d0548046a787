package org.recordrelief.routes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recordrelief.store.Database;
import org.recordrelief.store.RunStatus;
import org.recordrelief.testing.SftpTestServer;

/**
 * San Joaquin's court extract over SFTP, end to end through the real routes and a real SFTP server (key
 * login, pinned host key): the extract is pulled, evaluated, and its results pushed back to the server in
 * the county's own format; the extract is moved to the server's done folder.
 */
class SftpCountyTest {

    static final String COUNTY = "san-joaquin";
    static final String SAMPLE = "sj-court-extract.txt";

    @TempDir
    Path tmp;
    SftpTestServer server;

    @BeforeEach
    void startServer() throws Exception {
        server = SftpTestServer.start(tmp);
    }

    @AfterEach
    void stopServer() throws Exception {
        server.close();
    }

    private Map<String, String> env(Path knownHosts) {
        String address = "sftp://" + SftpTestServer.USER + "@localhost:" + server.port();
        return Map.of("WORK", tmp.resolve("work").toString(), "SJ_COURT_SFTP", address + "/exports",
                "SJ_COURT_SFTP_RESULTS", address + "/results", "SJ_SFTP_KEY", server.clientKey().toString(),
                "SJ_SFTP_KNOWN_HOSTS", knownHosts.toString());
    }

    private PipelineHarness pipeline(Path knownHosts, String db) {
        return new PipelineHarness(TestFiles.adapters(tmp, COUNTY), tmp.resolve("work"),
                Database.dataSource(Database.inMemoryUrl(db), "sa", ""), env(knownHosts));
    }

    /** The county's system puts an extract on its server (left unchanged long enough to count as complete). */
    private Path offer(String name) throws Exception {
        Path file = Files.copy(Path.of("county-adapters", COUNTY, "sample", SAMPLE), server.folder("exports")
                .resolve(name));
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minus(Duration.ofHours(1))));
        return file;
    }

    @Test
    void theExtractIsPulledEvaluatedAndItsResultsPushedBack() throws Exception {
        server.folder("results");
        offer(SAMPLE);
        try (PipelineHarness h = pipeline(server.knownHosts(), "sftp-end-to-end")) {
            RunOutcome run = h.awaitOne();
            assertThat(run.status()).as(String.valueOf(run.failureReason())).isEqualTo(RunStatus.COMPLETED);
            assertThat(run.reconciliation().rowsRead()).isEqualTo(105);
            assertThat(run.reconciliation().balances()).isTrue();
            Path results = server.root().resolve("results");
            ExpectedOutput.check(COUNTY, "sj-court-extract-prop64.txt",
                    TestFiles.read(results.resolve("sj-court-extract-prop64.txt")));
            ExpectedOutput.check(COUNTY, "sj-court-extract-quarantine.csv",
                    TestFiles.read(results.resolve("sj-court-extract-quarantine.csv")));
            assertThat(TestFiles.list(results)).hasSize(2);
            List<Path> done = TestFiles.awaitFiles(server.root().resolve("exports/done"), 1, Duration.ofSeconds(10));
            assertThat(done.get(0).getFileName().toString()).endsWith("-" + SAMPLE);
            assertThat(server.root().resolve("exports").resolve(SAMPLE)).doesNotExist();
            assertThat(TestFiles.list(h.folders(COUNTY).outbox())).as("nothing delivered locally").isEmpty();
        }
    }
}
