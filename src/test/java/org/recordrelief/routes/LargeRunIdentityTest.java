package org.recordrelief.routes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recordrelief.samples.SampleFormat;
import org.recordrelief.samples.SampleGenerator;
import org.recordrelief.store.RunStatus;

/**
 * A 100,000-person DOJ file (about 870,000 rows) through the real routes gives, byte for byte, the results
 * the pipeline gave before it was redesigned for speed: the digests of the results file and the quarantine
 * report are kept in {@code src/test/resources/large-run/}. Run with
 * {@code -Drecordrelief.updateExpected=true} to record them again after a deliberate change.
 */
class LargeRunIdentityTest {

    static final int PEOPLE = 100_000;
    static final long SEED = 2019;
    static final Path EXPECTED = Path.of("src/test/resources/large-run/doj-100000-people-seed-2019.sha256");

    @Test
    void aLargeFileGivesTheSameBytesAsBefore(@TempDir Path tmp) throws Exception {
        Path export = tmp.resolve("large.csv");
        SampleGenerator.generate(SampleFormat.DOJ, SEED, PEOPLE, export);
        try (PipelineHarness h = PipelineHarness.h2(TestFiles.adapters(tmp, "sacramento"), tmp.resolve("work"),
                "large-run")) {
            h.drop("sacramento", export);
            RunOutcome run = h.await(1, Duration.ofMinutes(15)).get(0);
            assertThat(run.status()).isEqualTo(RunStatus.COMPLETED);
            Path outbox = h.folders("sacramento").outbox();
            String actual = "results " + sha256(outbox.resolve("large-prop64.csv")) + "\n"
                    + "quarantine " + sha256(outbox.resolve("large-quarantine.csv")) + "\n"
                    + "reconciliation " + run.reconciliation() + "\n";
            if (Boolean.getBoolean("recordrelief.updateExpected")) {
                Files.createDirectories(EXPECTED.getParent());
                Files.writeString(EXPECTED, actual);
            }
            assertThat(actual).isEqualTo(Files.readString(EXPECTED));
        }
    }

    static String sha256(Path file) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
