package org.recordrelief.testing;

import com.zaxxer.hikari.HikariDataSource;
import org.recordrelief.store.Database;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A child JVM's main: commits a row to the H2 database at args[0], says so, and stops outright at once,
 * as {@code kill -9} would (no shutdown hook, no close).
 */
public final class CommitThenHalt {

    private CommitThenHalt() {
    }

    public static void main(String[] args) {
        HikariDataSource db = Database.dataSource(args[0], "sa", "");
        JdbcTemplate jdbc = new JdbcTemplate(db);
        jdbc.execute("CREATE TABLE IF NOT EXISTS committed (n INT)");
        jdbc.update("INSERT INTO committed VALUES (1)");
        System.out.println("committed");
        System.out.flush();
        Runtime.getRuntime().halt(137);
    }
}
