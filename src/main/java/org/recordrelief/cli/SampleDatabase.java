package org.recordrelief.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.recordrelief.adapter.CompiledAdapter;

/**
 * A county's demo database: an H2 file inside the work folder that {@code --load-samples} fills from the
 * county folder's {@code sample/*.sql}. Until it is loaded it has no tables, and the county's query fails as
 * any query naming a missing table would; the command says what is really wrong. A county database anywhere
 * else is the county's own, and its failures are told as they are.
 */
final class SampleDatabase {

    private static final String H2_FILE = "jdbc:h2:file:";

    private SampleDatabase() {
    }

    /** The H2 file database a URL names (without its {@code .mv.db}), or empty for any other URL. */
    static Optional<Path> h2File(String url) {
        if (url == null || !url.startsWith(H2_FILE)) {
            return Optional.empty();
        }
        return Optional.of(Path.of(url.substring(H2_FILE.length()).split(";", 2)[0]));
    }

    /** The county's demo database, when its source is one: an H2 file in the work folder, with a sample script. */
    static Optional<Path> of(CompiledAdapter county, Path work) {
        if (county.isFileSource() || county.database() == null || !hasSampleScript(county.folder())) {
            return Optional.empty();
        }
        Path workFolder = work.toAbsolutePath().normalize();
        return h2File(county.database().url()).map(p -> p.toAbsolutePath().normalize()).filter(p -> p.startsWith(workFolder));
    }

    /**
     * Whether a run's failure is that of a demo database never loaded: a statement naming a table the database
     * does not have (SQLState class 42, as {@link org.recordrelief.store.SqlFailures} words it).
     */
    static boolean notLoaded(String failureReason) {
        return failureReason != null && failureReason.contains("(SQLState 42");
    }

    /** The reason shown instead of the database's own. */
    static String notLoadedReason(Path database) {
        return "the sample database " + database + " is not loaded (it has none of the county's tables): run with "
                + "--load-samples to load the bundled sample, or point the county's database URL at the county's own";
    }

    private static boolean hasSampleScript(Path countyFolder) {
        Path sample = countyFolder.resolve("sample");
        if (!Files.isDirectory(sample)) {
            return false;
        }
        try (Stream<Path> files = Files.list(sample)) {
            return files.anyMatch(f -> f.getFileName().toString().endsWith(".sql"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
