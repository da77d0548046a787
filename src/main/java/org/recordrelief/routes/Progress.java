package org.recordrelief.routes;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How far a long run has come: rows, rows per second and, when the export's size is known, the share read.
 * On a terminal one line is rewritten every second; otherwise (a service, a log file) a log line every ten
 * seconds. A run shorter than the first interval says nothing.
 */
final class Progress {

    private static final Logger LOG = LoggerFactory.getLogger(Progress.class);
    private static final long TERMINAL_EVERY_NANOS = 1_000_000_000L;
    private static final long LOG_EVERY_NANOS = 10_000_000_000L;

    private final String what;
    private final long totalBytes;
    private final LongSupplier bytesRead;
    private final PrintStream terminal;
    private final long started;
    private long rows;
    private long lastShown;
    private boolean shownOnTerminal;

    /**
     * @param what       the run, as the log names it ("sacramento: run 3")
     * @param totalBytes the export's size, or -1 when unknown (a query, a stream)
     * @param bytesRead  how many bytes of it have been read
     * @param terminal   where to rewrite the line, or null to log instead
     */
    Progress(String what, long totalBytes, LongSupplier bytesRead, PrintStream terminal) {
        this(what, totalBytes, bytesRead, terminal, System.nanoTime());
    }

    /** @param started when the run started ({@link System#nanoTime()}) */
    Progress(String what, long totalBytes, LongSupplier bytesRead, PrintStream terminal, long started) {
        this.started = started;
        this.lastShown = started;
        this.what = what;
        this.totalBytes = totalBytes;
        this.bytesRead = bytesRead;
        this.terminal = terminal;
    }

    /** The terminal the command was started on, or null when standard error goes elsewhere. */
    static PrintStream terminal() {
        return System.console() != null ? System.err : null;
    }

    void rows(long more) {
        rows += more;
        long now = System.nanoTime();
        if (now - lastShown < (terminal != null ? TERMINAL_EVERY_NANOS : LOG_EVERY_NANOS)) {
            return;
        }
        lastShown = now;
        String line = line(now);
        if (terminal != null) {
            terminal.print("\r" + line + "   ");
            terminal.flush();
            shownOnTerminal = true;
        } else {
            LOG.info("{}", line);
        }
    }

    /** Ends the rewritten line, so the next output starts on its own. */
    void done() {
        if (shownOnTerminal) {
            terminal.println();
        }
    }

    String line(long now) {
        double seconds = Math.max(1e-9, (now - started) / 1e9);
        String share = totalBytes > 0 ? String.format(Locale.ROOT, ", %.0f%%", Math.min(100.0, 100.0
                * bytesRead.getAsLong() / totalBytes)) : "";
        return String.format(Locale.ROOT, "%s: %,d rows read, %,.0f rows/s%s", what, rows, rows / seconds, share);
    }

    /** Counts the bytes read through it, for the share. */
    static final class Counting extends FilterInputStream {

        private final AtomicLong count = new AtomicLong();

        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count.incrementAndGet();
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count.addAndGet(n);
            }
            return n;
        }

        long count() {
            return count.get();
        }
    }
}
