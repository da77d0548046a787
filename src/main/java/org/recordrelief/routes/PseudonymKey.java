package org.recordrelief.routes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The installation secret that keys person and case pseudonyms. Taken from the environment variable
 * {@code RECORD_RELIEF_PSEUDONYM_KEY} (hex) when set; otherwise kept in {@code <work>/pseudonym.key},
 * created on first use and readable by its owner only. The same key gives the same ids on every run.
 * A key that cannot be read is never replaced, and its value never appears in a message.
 */
public final class PseudonymKey {

    public static final String ENV = "RECORD_RELIEF_PSEUDONYM_KEY";
    public static final String FILE = "pseudonym.key";

    /** The {@link org.recordrelief.adapter.mapping.Pseudonymizer}'s least: 16 bytes. */
    private static final int MIN_BYTES = 16;
    private static final String NEW_KEY_EFFECT = "a new key would give every person and case new pseudonyms, so "
            + "earlier runs would no longer match";

    private PseudonymKey() {
    }

    public static byte[] load(Path workDir) {
        return load(workDir, System.getenv());
    }

    /** Whether the installation has a key: the variable is set, or the work folder holds the key file. */
    public static boolean present(Path workDir, Map<String, String> env) {
        String fromEnv = env.get(ENV);
        return fromEnv != null && !fromEnv.isBlank() || Files.exists(workDir.resolve(FILE));
    }

    public static byte[] load(Path workDir, Map<String, String> env) {
        String fromEnv = env.get(ENV);
        if (fromEnv != null && !fromEnv.isBlank()) {
            byte[] key = parse(fromEnv);
            if (key == null) {
                throw new IllegalArgumentException("the environment variable " + ENV + " cannot be read as a "
                        + "pseudonym key (at least " + 2 * MIN_BYTES + " hexadecimal digits). Fix: set it to the "
                        + "installation's key as it was kept (from your secret store or backup); " + NEW_KEY_EFFECT);
            }
            return key;
        }
        Path file = workDir.resolve(FILE);
        try {
            if (Files.exists(file)) {
                byte[] key = parse(Files.readString(file, java.nio.charset.StandardCharsets.ISO_8859_1));
                if (key == null) {
                    throw new IllegalArgumentException("the pseudonym key file " + file.toAbsolutePath()
                            + " cannot be read: it does not hold a key (at least " + 2 * MIN_BYTES + " hexadecimal "
                            + "digits; the key made here has 64), it may be damaged. Fix: restore it from your "
                            + "backup; " + NEW_KEY_EFFECT);
                }
                return key;
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

    /**
     * The key, as {@link #load(Path, Map)}, but a missing key is not made anew while the staging database
     * holds runs (their pseudonyms were made with the missing key), unless {@code startOver} says so.
     */
    public static byte[] load(Path workDir, Map<String, String> env, DataSource staging, boolean startOver) {
        if (!present(workDir, env)) {
            int runs = runsStaged(staging);
            if (runs > 0 && !startOver) {
                throw new IllegalArgumentException(missingWhileRunsStaged(workDir, runs) + ": a new key would give "
                        + "every person and case new pseudonyms, so they would no longer match those runs. Fix: "
                        + "restore " + FILE + " from your backup (or set " + ENV + " to the key); to start over "
                        + "deliberately with a new key, run again with --new-pseudonym-key");
            }
        }
        return load(workDir, env);
    }

    /** How many runs the staging database holds (each made with the installation's key). */
    public static int runsStaged(DataSource staging) {
        Integer runs = new JdbcTemplate(staging).queryForObject("SELECT COUNT(*) FROM rr_run", Integer.class);
        return runs == null ? 0 : runs;
    }

    /** "the pseudonym key file … is missing, and the staging database holds N run(s) made with a key". */
    public static String missingWhileRunsStaged(Path workDir, int runs) {
        return "the pseudonym key file " + workDir.resolve(FILE).toAbsolutePath() + " is missing, and the staging "
                + "database holds " + runs + (runs == 1 ? " run" : " runs") + " made with a key";
    }

    /** The key written in hex (spaces around it allowed), or null when it is not one. */
    private static byte[] parse(String text) {
        String hex = text.strip();
        if (hex.length() < 2 * MIN_BYTES || hex.length() % 2 != 0) {
            return null;
        }
        try {
            return HexFormat.of().parseHex(hex);
        } catch (IllegalArgumentException notHex) {
            return null;
        }
    }
}
