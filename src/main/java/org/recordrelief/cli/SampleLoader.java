package org.recordrelief.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import org.recordrelief.store.OwnerOnly;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import org.recordrelief.adapter.CompiledAdapter;
import org.recordrelief.routes.WorkFolders;

/**
 * Puts each county's bundled sample where the county would put its export: files into the inbox, a SQL
 * script into the county database. Used by {@code run --load-samples} and the README's main command.
 */
final class SampleLoader {

    private SampleLoader() {
    }

    static void load(List<CompiledAdapter> adapters, Path workDir) {
        for (CompiledAdapter adapter : adapters) {
            Path sample = adapter.folder().resolve("sample");
            if (!Files.isDirectory(sample)) {
                continue;
            }
            for (Path file : files(sample)) {
                if (adapter.isFileSource()) {
                    copyToInbox(file, WorkFolders.of(workDir, adapter.id()).create().inbox());
                } else if (file.toString().endsWith(".sql")) {
                    SampleScripts.run(file, adapter.database());
                    ownerOnlyIfEmbedded(adapter.database().url());
                }
            }
        }
    }

    /** The demo county database, when it is an H2 file, holds (synthetic) personal data: the owner's alone. */
    private static void ownerOnlyIfEmbedded(String url) {
        SampleDatabase.h2File(url).map(path -> path.resolveSibling(path.getFileName() + ".mv.db"))
                .filter(Files::exists).ifPresent(OwnerOnly::file);
    }

    private static List<Path> files(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copy beside the inbox, then move in: the inbox never shows a half-written file. */
    private static void copyToInbox(Path file, Path inbox) {
        try {
            Path partial = inbox.resolveSibling(".loading-" + file.getFileName());
            // the sample keeps its own time: it is complete, and need not wait out the minimum age
            Files.copy(file, partial, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
            Files.move(partial, inbox.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy " + file + " into " + inbox, e);
        }
    }
}
