package org.recordrelief.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Conviction data is readable by the account that runs the tool and by nobody else: every folder the tool
 * makes is {@code rwx------} (so nothing inside can be reached by another account, whatever its own
 * permissions) and every file it writes {@code rw-------}. On a file system without POSIX permissions this
 * does nothing; there the folder's own access rules apply.
 */
public final class OwnerOnly {

    private static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private OwnerOnly() {
    }

    /** Creates the folder (and its missing parents) and makes it the owner's alone. */
    public static Path folder(Path folder) {
        try {
            Files.createDirectories(folder);
            if (POSIX) {
                Files.setPosixFilePermissions(folder, FOLDER);
            }
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + folder + " for the owner only", e);
        }
    }

    /** Makes a file the tool wrote the owner's alone. */
    public static Path file(Path file) {
        try {
            if (POSIX) {
                Files.setPosixFilePermissions(file, FILE);
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make " + file + " readable by its owner only", e);
        }
    }

    /** As {@link #file}, for a file the tool did not make (a dropped export): done when allowed. */
    public static void fileIfOwned(Path file) {
        try {
            if (POSIX && Files.getOwner(file).equals(Files.getOwner(file.getParent()))) {
                Files.setPosixFilePermissions(file, FILE);
            }
        } catch (IOException | UnsupportedOperationException ignored) {
            // another account's file: its folder (rwx------) still keeps it from others
        }
    }
}
