package org.recordrelief.routes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ProgressTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void aTerminalLineSaysRowsRateAndShare() {
        ByteArrayOutputStream seen = new ByteArrayOutputStream();
        PrintStream terminal = new PrintStream(seen, true, StandardCharsets.UTF_8);
        long twoSecondsAgo = System.nanoTime() - 2 * SECOND;
        Progress p = new Progress("sacramento: run 3", 1_000, () -> 450, terminal, twoSecondsAgo);
        p.rows(1_000);
        p.rows(234);
        p.done();
        String text = seen.toString(StandardCharsets.UTF_8);
        assertThat(text).startsWith("\rsacramento: run 3: 1,000 rows read, ").contains(" rows/s, 45%").endsWith("\n");
        assertThat(text.split("\r")).as("rewritten at most once a second").hasSize(2);
        assertThat(p.line(twoSecondsAgo + 2 * SECOND)).isEqualTo("sacramento: run 3: 1,234 rows read, 617 rows/s, 45%");
    }

    @Test
    void aShortRunSaysNothingAndAnUnknownSizeHasNoShare() {
        ByteArrayOutputStream seen = new ByteArrayOutputStream();
        long now = System.nanoTime();
        Progress p = new Progress("los-angeles: run 1", -1, () -> 0, new PrintStream(seen, true, StandardCharsets.UTF_8), now);
        p.rows(500);
        p.done();
        assertThat(seen.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(p.line(now + SECOND)).isEqualTo("los-angeles: run 1: 500 rows read, 500 rows/s");
    }
}
