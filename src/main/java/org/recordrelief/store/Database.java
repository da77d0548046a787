package org.recordrelief.store;

import java.nio.file.Path;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The staging database: an H2 file database by default, PostgreSQL (or another H2) by JDBC URL. The
 * schema is migrated with Flyway from {@code db/migration} on every start, so an older database is
 * brought up to date before anything is written.
 */
public final class Database {

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

    private static String h2Options() {
        return ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
    }

    public static DataSource dataSource(String url, String user, String password) {
        DriverManagerDataSource ds = new DriverManagerDataSource(url, user == null ? "" : user,
                password == null ? "" : password);
        if (url.startsWith("jdbc:h2:")) {
            ds.setDriverClassName("org.h2.Driver");
        } else if (url.startsWith("jdbc:postgresql:")) {
            ds.setDriverClassName("org.postgresql.Driver");
        }
        return ds;
    }

    /** Creates or updates the schema; returns the data source for convenience. */
    public static DataSource migrate(DataSource dataSource) {
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        return dataSource;
    }
}
