package org.recordrelief.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * What a run leaves to deliver: its results (a file for the county's outbox, or the rows of its results
 * table), the determination line of each result row, and the quarantine report.
 *
 * @param results          the results file, or the file of the table's rows
 * @param lines            each result row's determination line ({@link ResultFiles#lines})
 * @param quarantineReport the quarantine report
 * @param table            true when the results go into the county's table, not to its outbox
 */
public record PendingResults(Path results, Path lines, Path quarantineReport, boolean table) {

    /** The files that go to the county's outbox. */
    public List<Path> outboxFiles() {
        return table ? List.of(quarantineReport) : List.of(results, quarantineReport);
    }

    public List<Path> all() {
        return List.of(results, lines, quarantineReport);
    }

    /** The same files moved into {@code folder} (made if missing). */
    public PendingResults movedTo(Path folder) {
        try {
            Files.createDirectories(folder);
            List<Path> moved = new ArrayList<>();
            for (Path p : all()) {
                moved.add(Files.move(p, folder.resolve(p.getFileName()), StandardCopyOption.REPLACE_EXISTING));
            }
            return new PendingResults(moved.get(0), moved.get(1), moved.get(2), table);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move a run's results to " + folder, e);
        }
    }

    /** The same results with the results file replaced by {@code rewritten}. */
    public PendingResults withResults(Path rewritten) {
        return new PendingResults(rewritten, lines, quarantineReport, table);
    }
}
