package org.recordrelief.routes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The installation secret that keys person and case pseudonyms. Taken from the environment variable
 * {@code RECORD_RELIEF_PSEUDONYM_KEY} (hex) when set; otherwise kept in {@code <work>/pseudonym.key},
 * created on first use and readable by its owner only. The same key gives the same ids on every run.
 */
public final class PseudonymKey {

    public static final String ENV = "RECORD_RELIEF_PSEUDONYM_KEY";

    private PseudonymKey() {
    }

    public static byte[] load(Path workDir) {
        String fromEnv = System.getenv(ENV);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return HexFormat.of().parseHex(fromEnv.strip());
        }
        Path file = workDir.resolve("pseudonym.key");
        try {
            if (Files.exists(file)) {
                return HexFormat.of().parseHex(Files.readString(file).strip());
            }
            Files.createDirectories(workDir);
            byte[] key = new byte[32];
            new SecureRandom().nextBytes(key);
            Files.writeString(file, HexFormat.of().formatHex(key));
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // Windows: the folder's own permissions protect it
            }
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the pseudonym key " + file, e);
        }
    }
}
