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

    /** Not on a terminal (a service, a log file): a log line at most every ten seconds, with rows, rate and share. */
    @Test
    void offATerminalALogLineSaysRowsRateAndShare() {
        ch.qos.logback.classic.Logger logger = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(
                Progress.class);
        ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent> logged =
                new ch.qos.logback.core.read.ListAppender<>();
        logged.start();
        logger.addAppender(logged);
        ch.qos.logback.classic.Level before = logger.getLevel();
        logger.setLevel(ch.qos.logback.classic.Level.INFO);
        try {
            long twentySecondsAgo = System.nanoTime() - 20 * SECOND;
            Progress p = new Progress("san-joaquin: run 2", 10_000, () -> 2_500, null, twentySecondsAgo);
            p.rows(1_000);
            p.rows(1_000);
            p.done();
            assertThat(logged.list).as("one line: the next is due ten seconds after it").singleElement()
                    .satisfies(e -> {
                        assertThat(e.getLevel()).isEqualTo(ch.qos.logback.classic.Level.INFO);
                        // 1,000 rows in a little over 20 s: 50 rows/s, or 49 when the test is slow
                        assertThat(e.getFormattedMessage()).matches("san-joaquin: run 2: 1,000 rows read, "
                                + "(49|50) rows/s, 25%");
                    });
        } finally {
            logger.detachAppender(logged);
            logger.setLevel(before);
        }
    }
}
