package org.recordrelief.routes;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.camel.component.file.GenericFile;
import org.apache.camel.component.file.GenericFileFilter;

/**
 * Which entries of a county's inbox are exports to read, and why the others are not: a folder, a link
 * (never followed: it could point anywhere on the machine), a hidden file, a name the descriptor's
 * {@code source.include} does not match. The file route takes only what this accepts; the command line
 * reports the rest instead of ignoring it. A compressed file is taken, and fails with its reason.
 */
public final class InboxEntries implements GenericFileFilter<File> {

    /** An inbox entry that is not read, and why. */
    public record NotRead(String name, String why) {
    }

    @Override
    public boolean accept(GenericFile<File> file) {
        return whyNotRead(file.getFile().toPath(), null).isEmpty();
    }

    /**
     * Why the entry is not an export to read, or empty when it is.
     *
     * @param include the descriptor's Ant-style include pattern, or null when the route checks it itself
     */
    public static Optional<String> whyNotRead(Path entry, String include) {
        String name = entry.getFileName().toString();
        if (Files.isSymbolicLink(entry)) {
            return Optional.of("a link: links are never followed; put the file itself in the inbox");
        }
        if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.of("a folder: only files directly in the inbox are read");
        }
        if (!Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.of("not a regular file");
        }
        if (name.startsWith(".")) {
            return Optional.of("hidden (its name starts with a dot)");
        }
        if (include != null && !matches(include, name)) {
            return Optional.of("its name does not match source.include '" + include + "'");
        }
        return Optional.empty();
    }

    /**
     * Every entry of the inbox that was not read, with the reason; Camel's own lock files aside.
     *
     * @param doneFileFor the done file an export waits for, or null for none (a county without done files)
     */
    public static List<NotRead> notRead(Path inbox, String include, java.util.function.UnaryOperator<String> doneFileFor) {
        List<NotRead> left = new ArrayList<>();
        if (!Files.isDirectory(inbox)) {
            return left;
        }
        try (Stream<Path> entries = Files.list(inbox)) {
            List<Path> all = entries.sorted().toList();
            java.util.Set<String> doneFiles = new java.util.HashSet<>();
            for (Path entry : all) {
                String done = doneFileFor.apply(entry.getFileName().toString());
                if (done != null) {
                    doneFiles.add(done);
                }
            }
            for (Path entry : all) {
                String name = entry.getFileName().toString();
                if (name.endsWith(".camelLock") || doneFiles.contains(name)) {
                    continue;
                }
                String done = doneFileFor.apply(name);
                Optional<String> why = whyNotRead(entry, include);
                if (why.isEmpty() && done != null && !Files.exists(inbox.resolve(done))) {
                    why = Optional.of("waiting for its done file " + done + " (the county's system writes it when "
                            + "the export is complete)");
                }
                left.add(new NotRead(name, why.orElse("not taken: it changed less than the minimum age ago (it may "
                        + "still be being written), or it arrived after the last poll")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + inbox, e);
        }
        return left;
    }

    private static boolean matches(String include, String name) {
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + include);
        return matcher.matches(Path.of(name));
    }

    /** The compression a file's first bytes show (gzip, zip, bzip2), if any. */
    public static Optional<String> compression(Path file) {
        byte[] head = new byte[4];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, 4);
        } catch (IOException e) {
            return Optional.empty();
        }
        if (n >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b) {
            return Optional.of("gzip");
        }
        if (n >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            return Optional.of("zip");
        }
        if (n >= 3 && head[0] == 'B' && head[1] == 'Z' && head[2] == 'h') {
            return Optional.of("bzip2");
        }
        return Optional.empty();
    }
}
