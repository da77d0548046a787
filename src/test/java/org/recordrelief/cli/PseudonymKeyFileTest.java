package org.recordrelief.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.recordrelief.routes.TestFiles;

/**
 * The installation's pseudonym key in the work folder: a damaged one stops run and dry-run with what to do;
 * one deleted while the staging database holds runs is not silently replaced (the earlier pseudonyms would
 * no longer match), unless asked for with --new-pseudonym-key.
 */
class PseudonymKeyFileTest {

    private static final String SAMPLE = "county-adapters/san-joaquin/sample/sj-court-extract.txt";

    @Test
    void aDamagedKeyFileStopsRunAndDryRunNamingTheFile(@TempDir Path tmp) throws Exception {
        Path adapters = TestFiles.adapters(tmp, "san-joaquin");
        Path work = Files.createDirectories(tmp.resolve("work"));
        Path key = work.resolve("pseudonym.key");
        Files.writeString(key, "3c9f0e1a7b\u0000\u0000\u0000");
        String expected = "the pseudonym key file " + key.toAbsolutePath() + " cannot be read: it does not hold a key "
                + "(at least 32 hexadecimal digits; the key made here has 64), it may be damaged. Fix: restore it from "
                + "your backup; a new key would give every person and case new pseudonyms, so earlier runs would no "
                + "longer match";
        CommandRun run = CommandRun.of("run", "--load-samples", "--adapters", adapters.toString(), "--work",
                work.toString(), "--as-of", "2020-07-01");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err().strip()).isEqualTo(expected);
        CommandRun dry = CommandRun.of("dry-run", "san-joaquin", SAMPLE, "--adapters", adapters.toString(), "--work",
                work.toString(), "--as-of", "2020-07-01");
        assertThat(dry.code()).isEqualTo(2);
        assertThat(dry.err().strip()).isEqualTo(expected);
        assertThat(Files.readString(key)).as("left as it was").isEqualTo("3c9f0e1a7b\u0000\u0000\u0000");
    }

    @Test
    @Timeout(value = 4, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // serve, if it started
    void aKeyDeletedAfterRunsIsNotReplacedSilently(@TempDir Path tmp) throws Exception {
        Path adapters = TestFiles.adapters(tmp, "san-joaquin");
        Path work = tmp.resolve("work");
        String[] run = {"run", "--load-samples", "--adapters", adapters.toString(), "--work", work.toString(),
                "--as-of", "2020-07-01"};
        assertThat(CommandRun.of(run).code()).isZero();
        Path key = work.resolve("pseudonym.key");
        Files.delete(key);

        CommandRun refused = CommandRun.of(run);
        assertThat(refused.code()).isEqualTo(2);
        assertThat(refused.err().strip()).isEqualTo("the pseudonym key file " + key.toAbsolutePath() + " is missing, "
                + "and the staging database holds 1 run made with a key: a new key would give every person and case "
                + "new pseudonyms, so they would no longer match those runs. Fix: restore pseudonym.key from your "
                + "backup (or set RECORD_RELIEF_PSEUDONYM_KEY to the key); to start over deliberately with a new key, "
                + "run again with --new-pseudonym-key");
        assertThat(refused.out()).doesNotContain("Reconciliation");
        assertThat(key).as("no new key made").doesNotExist();
        CommandRun serve = CommandRun.of("serve", "--no-web", "--adapters", adapters.toString(), "--work",
                work.toString());
        assertThat(serve.code()).as("serve refuses to start as well").isEqualTo(2);
        assertThat(serve.err().strip()).isEqualTo(refused.err().strip());
        assertThat(key).doesNotExist();

        CommandRun dry = CommandRun.of("dry-run", "san-joaquin", SAMPLE, "--adapters", adapters.toString(), "--work",
                work.toString(), "--as-of", "2020-07-01");
        assertThat(dry.code()).isZero();
        assertThat(dry.out()).doesNotContain("No earlier run").contains("Not compared with the earlier runs: the "
                + "pseudonym key file " + key.toAbsolutePath() + " is missing, and the staging database holds 1 run "
                + "made with a key; restore the key from your backup (run refuses to make a new one until then)");
        assertThat(key).doesNotExist();

        String[] startOver = java.util.stream.Stream.concat(java.util.Arrays.stream(run),
                java.util.stream.Stream.of("--new-pseudonym-key")).toArray(String[]::new);
        CommandRun again = CommandRun.of(startOver);
        assertThat(again.code()).as(again.err()).isZero();
        assertThat(again.out()).contains("Reconciliation: rows read 105 = loaded 103 + quarantined 2");
        assertThat(again.err()).contains("a new pseudonym key was made in " + key.toAbsolutePath() + " (asked for "
                + "with --new-pseudonym-key): the pseudonyms of the earlier runs no longer match");
        assertThat(key).exists();
    }
}
