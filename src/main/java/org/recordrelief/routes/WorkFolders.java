package org.recordrelief.routes;

import org.recordrelief.store.OwnerOnly;
import java.nio.file.Path;

/**
 * The folders of one county under the work directory: {@code inbox} (exports are dropped here),
 * {@code archive} (processed exports, never deleted), {@code failed} (exports that could not be read, each
 * with a reason file), {@code outbox} (results and quarantine reports), {@code tmp}, and {@code
 * awaiting-approval} (a run's results until a reviewer approves them, one folder per run).
 */
public record WorkFolders(Path inbox, Path archive, Path failed, Path outbox, Path tmp) {

    public static WorkFolders of(Path workDir, String adapterId) {
        Path base = workDir.toAbsolutePath().resolve(adapterId);
        return new WorkFolders(base.resolve("inbox"), base.resolve("archive"), base.resolve("failed"),
                base.resolve("outbox"), base.resolve("tmp"));
    }

    /** Where a run's results wait for a reviewer's approval. */
    public Path awaitingApproval(long runId) {
        return inbox.getParent().resolve("awaiting-approval").resolve("run-" + runId);
    }

    /** Removes a folder and everything in it (a run's results once delivered or rejected); nothing if missing. */
    public static void deleteTree(Path folder) {
        if (!java.nio.file.Files.isDirectory(folder)) {
            return;
        }
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.walk(folder)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                java.nio.file.Files.deleteIfExists(p);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot remove " + folder, e);
        }
    }

    public WorkFolders create() {
        for (Path p : new Path[] {inbox, archive, failed, outbox, tmp}) {
            create(p);
        }
        return this;
    }

    /**
     * Creates one of these folders only: a run needs its temporary folder, a failure the failed folder, and
     * neither may fail because another one (an outbox that cannot be written) is broken.
     */
    public Path create(Path folder) {
        // the work folder and the county's folder too: nothing under them is for another account
        OwnerOnly.folder(inbox.getParent().getParent());
        OwnerOnly.folder(inbox.getParent());
        return OwnerOnly.folder(folder);
    }
}
