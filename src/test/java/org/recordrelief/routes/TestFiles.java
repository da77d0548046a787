package org.recordrelief.routes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

/** File helpers for the route tests. */
public final class TestFiles {

    private TestFiles() {
    }

    /** Copies a folder tree (a county adapter, say) to a new place. */
    public static void copyFolder(Path from, Path to) {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    // Keep the modification time: a fresh copy of a sample would wait out its county's minimum
                    // file age (source.minAgeSeconds, 10 s) in every test that loads samples.
                    Files.copy(p, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A temporary adapters folder holding copies of the named real county folders. */
    /**
     * Puts a file in an inbox the way a county's system does once an export is complete: written elsewhere
     * earlier, then moved in (so it is older than the route's minimum age and is read at once).
     */
    public static Path putInInbox(Path file, Path inbox, String name) {
        try {
            Files.createDirectories(inbox);
            Path partial = inbox.resolveSibling("." + name + ".writing");
            Files.copy(file, partial, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            Files.setLastModifiedTime(partial, java.nio.file.attribute.FileTime.from(
                    java.time.Instant.now().minus(java.time.Duration.ofHours(1))));
            return Files.move(partial, inbox.resolve(name), java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Copies of bundled county folders whose results go back without a reviewer's approval ({@code approval:
     * none} added): for tests of everything but the approval.
     */
    public static Path adapters(Path tmp, String... counties) {
        Path adapters = adaptersNeedingApproval(tmp, counties);
        for (String county : counties) {
            Path descriptor = adapters.resolve(county).resolve("adapter.yaml");
            try {
                Files.writeString(descriptor, "\napproval: none\n", java.nio.file.StandardOpenOption.APPEND);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return adapters;
    }

    /** Copies of bundled county folders as they are: their results wait for a reviewer's approval. */
    public static Path adaptersNeedingApproval(Path tmp, String... counties) {
        Path adapters = tmp.resolve("adapters");
        for (String county : counties) {
            copyFolder(Path.of("county-adapters", county), adapters.resolve(county));
        }
        return adapters;
    }

    public static List<Path> list(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String read(Path file) {
        try {
            return Files.readString(file, java.nio.charset.StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, java.nio.charset.StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
