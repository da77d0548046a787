package org.recordrelief.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import javax.sql.DataSource;
import org.recordrelief.routes.PseudonymKey;
import picocli.CommandLine.Option;

/** The installation's pseudonym key for run and serve, with the one way to make a new one deliberately. */
final class PseudonymKeyOption {

    @Option(names = "--new-pseudonym-key", description = "When the pseudonym key is missing although the staging "
            + "database holds runs, make a new one: the earlier runs' person and case pseudonyms will no longer "
            + "match (by default the command refuses, so that the key is restored from a backup).")
    boolean newPseudonymKey;

    /**
     * The key; a missing one is made anew only while the staging database holds no run, or when
     * --new-pseudonym-key asks for it (then said on {@code err}).
     */
    byte[] load(Path work, Map<String, String> env, DataSource staging, PrintWriter err) {
        boolean made = newPseudonymKey && !PseudonymKey.present(work, env) && PseudonymKey.runsStaged(staging) > 0;
        byte[] key = PseudonymKey.load(work, env, staging, newPseudonymKey);
        if (made) {
            err.println("a new pseudonym key was made in " + work.resolve(PseudonymKey.FILE).toAbsolutePath()
                    + " (asked for with --new-pseudonym-key): the pseudonyms of the earlier runs no longer match");
        }
        return key;
    }
}
