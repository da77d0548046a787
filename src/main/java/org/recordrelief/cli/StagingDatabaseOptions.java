package org.recordrelief.cli;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.stream.Stream;
import org.recordrelief.config.ConfigException;
import org.recordrelief.routes.FailureReasons;
import org.recordrelief.store.Database;
import org.recordrelief.store.OwnerOnly;
import picocli.CommandLine.Option;

/** Which staging database a command uses: the embedded one in the work folder, or one given by URL. */
final class StagingDatabaseOptions {

    @Option(names = "--db-url", description = "Staging database JDBC URL (default: an H2 file database in the work folder).")
    String dbUrl;

    @Option(names = "--db-user", defaultValue = "sa", description = "Staging database user (default: ${DEFAULT-VALUE}).")
    String dbUser;

    @Option(names = "--db-password-env", description = "Environment variable holding the staging database password.")
    String dbPasswordEnv;

    /**
     * The staging database, opened and brought up to date; one that cannot be reached is one line naming
     * the option to fix (exit code 2), never the driver's text (it may hold the URL with its password).
     */
    HikariDataSource open(Path work) {
        String url = dbUrl != null ? dbUrl : Database.defaultUrl(work);
        String password = dbPasswordEnv == null ? "" : System.getenv(dbPasswordEnv);
        HikariDataSource staging = null;
        try {
            staging = Database.dataSource(url, dbUser, password);
            Database.migrate(staging);
            ownerOnlyDatabaseFiles(work);
            return staging;
        } catch (RuntimeException e) {
            if (staging != null) {
                staging.close();
            }
            SQLException sql = FailureReasons.sqlCause(e);
            if (sql == null) {
                throw e;
            }
            throw new ConfigException("staging database", Database.withoutSecrets(url), dbUrl != null ? "--db-url"
                    : "--work", "cannot be opened: " + FailureReasons.database(sql), dbUrl == null
                    ? "another process may hold the embedded database; check the work folder"
                    : "check --db-url, --db-user and the variable named by --db-password-env"
                    + (dbPasswordEnv == null ? " (none was given)" : " (" + dbPasswordEnv + ")"));
        }
    }

    /** The embedded database's files hold the staged personal data: the owner's alone, like the folder. */
    private static void ownerOnlyDatabaseFiles(Path work) {
        if (!Files.isDirectory(work)) {
            return;
        }
        try (Stream<Path> files = Files.list(work)) {
            files.filter(f -> f.getFileName().toString().startsWith("record-relief.")).forEach(OwnerOnly::file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + work, e);
        }
    }
}
