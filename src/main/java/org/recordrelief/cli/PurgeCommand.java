package org.recordrelief.cli;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;
import org.recordrelief.routes.WorkFolderLock;
import org.recordrelief.store.RunLedger;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Removes the staged personal data of finished runs: their determinations and quarantined rows. The
 * ledger keeps every run with its counts; the county's exports stay in the archive and its results in
 * the outbox, which are the county's to keep or remove.
 */
@Command(name = "purge", mixinStandardHelpOptions = true,
        description = "Remove the determinations and quarantined rows of runs that finished more than N days ago.")
final class PurgeCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--work", defaultValue = "work", description = "Work folder (default: ${DEFAULT-VALUE}).")
    Path work;

    @CommandLine.Mixin
    StagingDatabaseOptions database;

    @Option(names = "--older-than-days", required = true,
            description = "Purge runs that finished more than this many days ago (0: every finished run).")
    int days;

    @Override
    public Integer call() {
        if (days < 0) {
            throw new IllegalArgumentException("--older-than-days must be 0 or more, not " + days);
        }
        try (WorkFolderLock lock = WorkFolderLock.take(work); HikariDataSource staging = database.open(work)) {
            int purged = new RunLedger(staging, work).purgeFinishedBefore(Instant.now().minus(Duration.ofDays(days)));
            spec.commandLine().getOut().println("Purged the stored determinations and quarantined rows of " + purged
                    + " finished run" + (purged == 1 ? "" : "s") + " (finished more than " + days + " days ago); "
                    + "the ledger keeps their counts.");
            return 0;
        }
    }
}
