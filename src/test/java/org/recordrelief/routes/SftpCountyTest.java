package org.recordrelief.routes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.camel.builder.NotifyBuilder;
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
 * the county's own format (each file uploaded under a temporary name, then renamed); the extract is moved to
 * the server's done folder.
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
            NotifyBuilder moved = h.exportsDone(COUNTY, 1);
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
            // each file was written under a temporary name only, then renamed: the county never sees half a file
            for (String name : List.of("sj-court-extract-prop64.txt", "sj-court-extract-quarantine.csv")) {
                assertThat(server.writtenFiles()).as("written as .part-" + name).contains("results/.part-" + name)
                        .doesNotContain("results/" + name);
                assertThat(server.renames()).as("renamed once complete")
                        .contains(new SftpTestServer.Rename("results/.part-" + name, "results/" + name));
            }
            PipelineHarness.await(moved, "the extract moved to done/ on the server");
            List<Path> done = TestFiles.list(server.root().resolve("exports/done"));
            assertThat(done).hasSize(1);
            assertThat(done.get(0).getFileName().toString()).endsWith("-" + SAMPLE);
            assertThat(server.root().resolve("exports").resolve(SAMPLE)).doesNotExist();
            assertThat(TestFiles.list(h.folders(COUNTY).outbox())).as("nothing delivered locally").isEmpty();
        }
    }

    /** A server that shows another host key is refused before anything is listed or read. */
    @Test
    void aServerWithAnotherHostKeyIsRefusedAndNothingIsRead() throws Exception {
        Path export = offer(SAMPLE);
        try (PipelineHarness h = pipeline(server.wrongKnownHosts(), "sftp-wrong-key")) {
            assertThat(h.awaitUnavailable()).startsWith(COUNTY + ": the server localhost:" + server.port()
                    + " did not show the host key pinned in ").contains("wrong_known_hosts", "nothing was read");
            assertThat(h.endedSoFar()).as("no run").isEmpty();
            assertThat(export).as("the export stays on the server").exists();
            assertThat(h.folders(COUNTY).tmp().resolve("downloads")).satisfiesAnyOf(
                    d -> assertThat(d).doesNotExist(), d -> assertThat(TestFiles.list(d)).isEmpty());
        }
    }

    /**
     * The server goes away in the middle of a download: nothing of the half-downloaded export is processed;
     * when the server is back, the next poll downloads it again and runs it once, whole.
     */
    @Test
    void aDownloadCutOffMidwayIsNeverProcessedAndIsTakenWholeWhenTheServerIsBack() throws Exception {
        Path big = tmp.resolve("big.txt");
        org.recordrelief.samples.SampleGenerator.generate(org.recordrelief.samples.SampleFormat.SJ_COURT, 3, 4_000, big);
        long lines = Files.lines(big, java.nio.charset.StandardCharsets.ISO_8859_1).count() - 1;
        Path offered = server.folder("exports").resolve("big.txt");
        Files.copy(big, offered);
        Files.setLastModifiedTime(offered, FileTime.from(Instant.now().minus(Duration.ofHours(1))));
        server.folder("results");
        server.slowReads(40);
        try (PipelineHarness h = pipeline(server.knownHosts(), "sftp-cut-off")) {
            Path downloads = h.folders(COUNTY).tmp().resolve("downloads");
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (!Files.isDirectory(downloads) || TestFiles.list(downloads).isEmpty()) {
                assertThat(System.nanoTime()).as("the download started").isLessThan(deadline);
                Thread.sleep(20);
            }
            server.stop();
            // the broken download may be told first in other words (what the server said as it went); then
            // every poll finds the server gone
            String reason = h.awaitUnavailable();
            for (int i = 0; i < 5 && !reason.contains("cannot be reached"); i++) {
                reason = h.awaitUnavailable();
            }
            assertThat(reason).contains("cannot be reached or dropped the connection");
            assertThat(h.endedSoFar()).as("nothing of the half download was run").isEmpty();

            server.slowReads(0);
            server.restart();
            RunOutcome run = h.awaitOne();
            assertThat(run.status()).as(String.valueOf(run.failureReason())).isEqualTo(RunStatus.COMPLETED);
            assertThat(run.reconciliation().rowsRead()).as("every row, once").isEqualTo(lines);
            assertThat(new org.springframework.jdbc.core.JdbcTemplate(h.dataSource()).queryForList(
                    "SELECT status FROM rr_run", String.class)).containsExactly("COMPLETED");
            assertThat(server.root().resolve("results/big-prop64.txt")).exists();
        }
    }

    /** The county's system offers the same extract again: it is recognised and skipped, not run twice. */
    @Test
    void theSameExtractOfferedTwiceIsProcessedOnce() throws Exception {
        server.folder("results");
        offer(SAMPLE);
        try (PipelineHarness h = pipeline(server.knownHosts(), "sftp-twice")) {
            NotifyBuilder firstMoved = h.exportsDone(COUNTY, 1);
            NotifyBuilder bothMoved = h.exportsDone(COUNTY, 2);
            assertThat(h.awaitOne().status()).isEqualTo(RunStatus.COMPLETED);
            PipelineHarness.await(firstMoved, "the extract moved to done/ on the server");
            Path results = server.root().resolve("results/sj-court-extract-prop64.txt");
            FileTime delivered = Files.getLastModifiedTime(results);
            offer(SAMPLE);
            RunOutcome again = h.awaitOne();
            assertThat(again.status()).isEqualTo(RunStatus.SKIPPED);
            assertThat(again.failureReason()).startsWith("the same contents as sj-court-extract.txt, processed by run 1");
            PipelineHarness.await(bothMoved, "the second offer moved to done/ on the server");
            assertThat(TestFiles.list(server.root().resolve("exports/done"))).hasSize(2);
            assertThat(Files.getLastModifiedTime(results)).as("the results were not delivered again").isEqualTo(delivered);
        }
    }

    /** The one-shot command says in one line why a county could not be read, and exits with 3. */
    @Test
    void theCommandLineSaysWhyTheServerWasRefusedAndExitsWithThree() throws Exception {
        offer(SAMPLE);
        Map<String, String> env = new java.util.HashMap<>(env(server.wrongKnownHosts()));
        env.remove("WORK");
        try (org.recordrelief.testing.ChildJvm run = org.recordrelief.testing.ChildJvm.start(env, List.of(),
                org.recordrelief.cli.RecordReliefCommand.class, "run", COUNTY, "--work", tmp.resolve("work").toString(),
                "--adapters", TestFiles.adapters(tmp, COUNTY).toString())) {
            List<String> out = run.remainingLines();
            assertThat(run.exitStatus()).isEqualTo(3);
            assertThat(out).contains("== san-joaquin: its exports could not be read ==");
            assertThat(out).anySatisfy(l -> assertThat(l).startsWith("Reason: the server localhost:" + server.port()
                    + " did not show the host key pinned in "));
            assertThat(String.join("\n", out)).doesNotContain("Exception").doesNotContain("\tat ");
        }
    }

    /** An extract that cannot be read goes to the failed folder on the server; the reason file says where. */
    @Test
    void anUnreadableExtractIsMovedToTheServersFailedFolder() throws Exception {
        Path empty = server.folder("exports").resolve("empty.txt");
        Files.writeString(empty, "");
        Files.setLastModifiedTime(empty, FileTime.from(Instant.now().minus(Duration.ofHours(1))));
        try (PipelineHarness h = pipeline(server.knownHosts(), "sftp-failed")) {
            NotifyBuilder moved = h.exportsDone(COUNTY, 1);
            RunOutcome run = h.awaitOne();
            assertThat(run.status()).isEqualTo(RunStatus.FAILED);
            assertThat(run.failureReason()).isEqualTo("the file is empty (0 bytes)");
            PipelineHarness.await(moved, "the extract moved to failed/ on the server");
            List<Path> failed = TestFiles.list(server.root().resolve("exports/failed"));
            assertThat(failed).hasSize(1);
            assertThat(failed.get(0).getFileName().toString()).endsWith("-empty.txt");
            List<Path> reasons = TestFiles.list(h.folders(COUNTY).failed());
            assertThat(reasons).hasSize(1);
            Path reason = reasons.get(0);
            assertThat(TestFiles.read(reason)).contains("Moved to:       failed/" + failed.get(0).getFileName()
                    + " on sftp://county@localhost:" + server.port() + "/exports", "back into exports on the server");
        }
    }

    /**
     * An old server that signs only with SHA-1 {@code ssh-rsa}: refused by default, with a reason that says
     * what to set; read once the descriptor allows that algorithm for this county.
     */
    @Test
    void anOldServerIsReadOnceTheDescriptorAllowsItsAlgorithms() throws Exception {
        server.close();
        server = SftpTestServer.start(tmp.resolve("old"), true);
        server.folder("results");
        offer(SAMPLE);
        try (PipelineHarness h = pipeline(server.knownHosts(), "sftp-old-refused")) {
            assertThat(h.awaitUnavailable()).contains("share no algorithm", "sftp.serverHostKeys");
        }
        Path adapters = TestFiles.adapters(tmp.resolve("allowing"), COUNTY);
        Path descriptor = adapters.resolve(COUNTY).resolve("adapter.yaml");
        Files.writeString(descriptor, Files.readString(descriptor).replace("""
                    knownHostsFile: "${SJ_SFTP_KNOWN_HOSTS:-}"
                """, """
                    knownHostsFile: "${SJ_SFTP_KNOWN_HOSTS:-}"
                    serverHostKeys: ssh-rsa
                    publicKeyAlgorithms: ssh-rsa
                """));
        try (PipelineHarness h = new PipelineHarness(adapters, tmp.resolve("work"),
                Database.dataSource(Database.inMemoryUrl("sftp-old-allowed"), "sa", ""), env(server.knownHosts()))) {
            RunOutcome run = h.awaitOne();
            assertThat(run.status()).as(String.valueOf(run.failureReason())).isEqualTo(RunStatus.COMPLETED);
            assertThat(server.root().resolve("results/sj-court-extract-prop64.txt")).exists();
        }
    }

    /**
     * A login key with a passphrase (OpenSSH format, encrypted): the passphrase is read from the file the
     * descriptor names, or from the variable it names; with a wrong one the key is refused, nothing read.
     */
    @Test
    void aKeyWithAPassphraseLogsInWithThePassphraseFromItsFileOrItsVariable() throws Exception {
        // the SSH library's reports (JSch's own, relayed at ERROR with a stack trace) only come back at DEBUG
        ch.qos.logback.classic.Logger root = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(
                org.slf4j.Logger.ROOT_LOGGER_NAME);
        ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent> logged =
                new ch.qos.logback.core.read.ListAppender<>();
        logged.start();
        root.addAppender(logged);
        try {
            server.close();
            server = SftpTestServer.startWithKeyPassphrase(tmp.resolve("locked"), "correct horse battery staple");
            server.folder("results");
            Path passphraseFile = Files.writeString(tmp.resolve("sj_key_passphrase"), "correct horse battery staple\n");
            Map<String, String> ways = new java.util.LinkedHashMap<>();
            ways.put("file", "passphraseFile: \"${SJ_SFTP_KEY_PASSPHRASE_FILE}\"");
            ways.put("variable", "passphraseEnv: SJ_SFTP_KEY_PASSPHRASE");
            int done = 0;
            for (Map.Entry<String, String> way : ways.entrySet()) {
                offer(SAMPLE);
                Map<String, String> env = new java.util.HashMap<>(env(server.knownHosts()));
                env.put("SJ_SFTP_KEY_PASSPHRASE_FILE", passphraseFile.toString());
                env.put("SJ_SFTP_KEY_PASSPHRASE", "correct horse battery staple");
                try (PipelineHarness h = new PipelineHarness(withKeyLine(way.getKey(), way.getValue()), tmp.resolve("work"),
                        Database.dataSource(Database.inMemoryUrl("sftp-passphrase-" + way.getKey()), "sa", ""), env)) {
                    NotifyBuilder moved = h.exportsDone(COUNTY, 1);
                    RunOutcome run = h.awaitOne();
                    assertThat(run.status()).as(way.getKey() + ": " + run.failureReason()).isEqualTo(RunStatus.COMPLETED);
                    assertThat(server.root().resolve("results/sj-court-extract-prop64.txt")).exists();
                    PipelineHarness.await(moved, "the extract moved to done/ on the server");
                    assertThat(TestFiles.list(server.root().resolve("exports/done"))).hasSize(++done);
                }
                Files.delete(server.root().resolve("results/sj-court-extract-prop64.txt"));
            }

            Path export = offer(SAMPLE);
            Map<String, String> env = new java.util.HashMap<>(env(server.knownHosts()));
            env.put("SJ_SFTP_KEY_PASSPHRASE", "not the passphrase");
            try (PipelineHarness h = new PipelineHarness(withKeyLine("wrong", ways.get("variable")), tmp.resolve("work"),
                    Database.dataSource(Database.inMemoryUrl("sftp-passphrase-wrong"), "sa", ""), env)) {
                assertThat(h.awaitUnavailable()).isEqualTo(COUNTY + ": the private key " + server.clientKey() + " could "
                        + "not be opened: its passphrase (sftp.passphraseEnv or sftp.passphraseFile) is wrong or missing, "
                        + "or the file is not a private key; check sftp.privateKeyFile and the passphrase");
                assertThat(h.endedSoFar()).as("no run").isEmpty();
                assertThat(export).as("the export stays on the server").exists();
            }
        } finally {
            root.detachAppender(logged);
        }
        // a wrong key is one line in words from SourcePolls, not JSch's report with a stack trace in its text
        assertThat(logged.list).as("no stack trace in the log, whether the key opens or not")
                .filteredOn(e -> e.getThrowableProxy() != null || e.getFormattedMessage().contains("\tat "))
                .extracting(e -> e.getLoggerName() + ": " + e.getFormattedMessage()).isEmpty();
        assertThat(logged.list).filteredOn(e -> e.getLevel().isGreaterOrEqual(ch.qos.logback.classic.Level.WARN))
                .extracting(ch.qos.logback.classic.spi.ILoggingEvent::getLoggerName).isNotEmpty()
                .allMatch(name -> name.startsWith("org.recordrelief."));
    }

    /** A copy of the county folder whose sftp block has this line after privateKeyFile. */
    private Path withKeyLine(String name, String line) throws Exception {
        Path adapters = TestFiles.adapters(tmp.resolve(name), COUNTY);
        Path descriptor = adapters.resolve(COUNTY).resolve("adapter.yaml");
        String key = "    privateKeyFile: \"${SJ_SFTP_KEY:-}\"\n";
        String yaml = Files.readString(descriptor);
        assertThat(yaml).contains(key);
        Files.writeString(descriptor, yaml.replace(key, key + "    " + line + "\n"));
        return adapters;
    }

    /**
     * An old server that offers one cipher only ({@code aes128-cbc}, which the SSH library no longer offers by
     * default): refused, with a reason that says what to set; read once the descriptor names that cipher.
     */
    @Test
    void aServerOfferingOneOldCipherIsReadOnceTheDescriptorNamesIt() throws Exception {
        server.close();
        server = SftpTestServer.startOfferingOnlyCipher(tmp.resolve("cbc"), "aes128-cbc");
        server.folder("results");
        offer(SAMPLE);
        try (PipelineHarness h = pipeline(server.knownHosts(), "sftp-cipher-refused")) {
            assertThat(h.awaitUnavailable()).contains("share no algorithm", "sftp.ciphers");
            assertThat(h.endedSoFar()).as("no run").isEmpty();
        }
        try (PipelineHarness h = new PipelineHarness(withKeyLine("cipher", "ciphers: aes128-cbc"), tmp.resolve("work"),
                Database.dataSource(Database.inMemoryUrl("sftp-cipher-allowed"), "sa", ""), env(server.knownHosts()))) {
            RunOutcome run = h.awaitOne();
            assertThat(run.status()).as(String.valueOf(run.failureReason())).isEqualTo(RunStatus.COMPLETED);
            assertThat(server.root().resolve("results/sj-court-extract-prop64.txt")).exists();
        }

        // The SSH library keeps one cipher list for the whole process: the old server's cipher must not have
        // become the only one, or every other county's (current) server would be refused from now on.
        server.close();
        server = SftpTestServer.start(tmp.resolve("current"));
        server.folder("results");
        offer(SAMPLE);
        try (PipelineHarness h = new PipelineHarness(TestFiles.adapters(tmp.resolve("current-county"), COUNTY),
                tmp.resolve("work"), Database.dataSource(Database.inMemoryUrl("sftp-cipher-then-current"), "sa", ""),
                env(server.knownHosts()))) {
            RunOutcome run = h.awaitOne();
            assertThat(run.status()).as(String.valueOf(run.failureReason())).isEqualTo(RunStatus.COMPLETED);
        }
    }

    /** With a done file named in the descriptor, an extract on the server waits for it, as in a drop folder. */
    @Test
    void anExtractWaitsForItsDoneFileOnTheServer() throws Exception {
        server.folder("results");
        Path adapters = TestFiles.adapters(tmp.resolve("done"), COUNTY);
        Path descriptor = adapters.resolve(COUNTY).resolve("adapter.yaml");
        Files.writeString(descriptor, Files.readString(descriptor).replace("  include: \"*.txt\"\n",
                "  include: \"*.txt\"\n  doneFile: \"{base}.ready\"\n"));
        offer(SAMPLE);
        try (PipelineHarness h = new PipelineHarness(adapters, tmp.resolve("work"),
                Database.dataSource(Database.inMemoryUrl("sftp-done-file"), "sa", ""), env(server.knownHosts()))) {
            PipelineHarness.await(h.polls(COUNTY, 3), "three polls of the server's folder");
            assertThat(h.endedSoFar()).as("not taken without its done file").isEmpty();
            Files.writeString(server.root().resolve("exports/sj-court-extract.ready"), "");
            assertThat(h.awaitOne().status()).isEqualTo(RunStatus.COMPLETED);
        }
    }
}
