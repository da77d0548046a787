package org.recordrelief.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import org.slf4j.LoggerFactory;

/** The command line's say over the log: {@code --quiet} keeps only warnings and errors. */
final class Logging {

    private Logging() {
    }

    static void quiet(boolean quiet) {
        if (quiet && LoggerFactory.getLogger("org.recordrelief") instanceof Logger ours) {
            ours.setLevel(Level.WARN);
        }
    }
}
