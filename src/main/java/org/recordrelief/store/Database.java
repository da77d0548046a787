package org.recordrelief.store;

import java.nio.file.Path;
import javax.sql.DataSource;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;

/**
 * The staging database: an H2 file database by default, PostgreSQL (or another H2) by JDBC URL. The
 * schema is migrated with Flyway on every start ({@link #migrate}), so an older database is
 * brought up to date before anything is written.
 */
public final class Database {

    /** County runs, the web pages and the scheduler share it; each run holds one connection at a time. */
    private static final int POOL_SIZE = 8;

    private Database() {
    }

    /** The default: an H2 file database in the work folder, in PostgreSQL mode so one schema fits both. */
    public static String defaultUrl(Path workDir) {
        return "jdbc:h2:file:" + workDir.toAbsolutePath().resolve("record-relief") + h2Options();
    }

    /** An in-memory H2 database for tests; the name keeps test classes apart. */
    public static String inMemoryUrl(String name) {
        return "jdbc:h2:mem:" + name + h2Options() + ";DB_CLOSE_DELAY=-1";
    }

    /** No trace file: H2 writes failing statements there, values and all, readable beside the database. */
    private static String h2Options() {
        return ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;TRACE_LEVEL_FILE=0";
    }

    /**
     * A pool of connections to the database. One pool per database for the life of the application: a new
     * connection per call would make H2 close and reopen its file database (writing it out each time)
     * whenever the last connection closes. Close the pool when the application stops.
     */
    public static HikariDataSource dataSource(String url, String user, String password) {
        return new HikariDataSource(config(url, user, password));
    }

    /** How long one attempt to reach a county database waits; the route tries again a few times. */
    static final long COUNTY_CONNECT_TIMEOUT_MS = 5_000;

    /**
     * A pool whose connections are read-only, for a county source: on PostgreSQL every transaction is then
     * READ ONLY, so even a query that slipped past the descriptor check could not change the county's data.
     */
    public static HikariDataSource readOnlyDataSource(String url, String user, String password) {
        HikariConfig config = config(url, user, password);
        config.setReadOnly(true);
        if (url.startsWith("jdbc:postgresql:")) {
            // pgjdbc makes only explicit transactions read-only unless told "always"; camel-jdbc autocommits
            config.addDataSourceProperty("readOnlyMode", "always");
        }
        config.setPoolName("record-relief-county-source");
        // A county database that is down at start fails that county's reads (retried), not the whole start.
        config.setInitializationFailTimeout(-1);
        config.setMinimumIdle(0);
        config.setConnectionTimeout(COUNTY_CONNECT_TIMEOUT_MS);
        return new HikariDataSource(config);
    }

    private static HikariConfig config(String url, String user, String password) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(h2FileOptions(url));
        config.setUsername(user == null ? "" : user);
        config.setPassword(password == null ? "" : password);
        if (url.startsWith("jdbc:h2:")) {
            config.setDriverClassName("org.h2.Driver");
        } else if (url.startsWith("jdbc:postgresql:")) {
            config.setDriverClassName("org.postgresql.Driver");
        }
        config.setPoolName("record-relief-db");
        config.setMaximumPoolSize(POOL_SIZE);
        config.setMinimumIdle(1);
        return config;
    }

    /**
     * Two settings for every H2 file database, unless its URL says otherwise. Commits are written when they are
     * made: by default H2 writes them up to half a second later (WRITE_DELAY), so a process killed just after
     * a run completed would lose the run's ledger row and watermark while its results had already gone to the
     * county. And no trace file: H2 writes failing statements there, values and all, readable by others
     * beside the database (found as {@code county-db.trace.db}, mode 644, by {@code OwnerOnlyFilesTest}).
     */
    static String h2FileOptions(String url) {
        if (!url.startsWith("jdbc:h2:file:")) {
            return url;
        }
        String upper = url.toUpperCase(java.util.Locale.ROOT);
        String options = url;
        if (!upper.contains(";WRITE_DELAY=")) {
            options += ";WRITE_DELAY=0";
        }
        if (!upper.contains(";TRACE_LEVEL_FILE=")) {
            options += ";TRACE_LEVEL_FILE=0";
        }
        return options;
    }

    /** The URL as it may be shown: properties that may hold a secret ({@code password=...}) are left out. */
    public static String withoutSecrets(String url) {
        return url.replaceAll("(?i)(password|passwd|pwd)=[^;&]*", "$1=(hidden)");
    }

    /**
     * Creates or updates the schema; returns the data source for convenience. An empty database gets the
     * latest baseline ({@code db/baseline}) and the versions after it; any other is taken through the
     * versioned migrations it has not had ({@code db/migration}).
     */
    public static DataSource migrate(DataSource dataSource) {
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration", "classpath:db/baseline")
                .load().migrate();
        return dataSource;
    }
}
