package org.recordrelief.pipeline;

import java.nio.file.Path;
import java.sql.Connection;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import org.recordrelief.adapter.DatabaseSettings;
import org.recordrelief.adapter.OutputPlan;
import org.recordrelief.store.Database;
import org.recordrelief.store.SqlFailures;

/**
 * Delivers a run's rows into the county's results table, all in one transaction: each row first removes an
 * earlier row with the same key, so a run delivered again replaces its rows and never adds a second copy.
 */
public final class ResultsTable {

    private static final int BATCH = 1000;

    private ResultsTable() {
    }

    /** Loads the rows file a run wrote ({@link ResultFiles#tableRowsName}); returns the rows loaded. */
    public static long load(OutputPlan plan, Path rows) {
        DatabaseSettings db = plan.database();
        List<String> names = plan.columns().stream().map(OutputPlan.Column::name).toList();
        String insertSql = "INSERT INTO " + plan.table() + " (" + String.join(", ", names) + ") VALUES ("
                + String.join(", ", names.stream().map(c -> "?").toList()) + ")";
        String replaceSql = "DELETE FROM " + plan.table() + " WHERE " + String.join(" AND ",
                plan.key().stream().map(i -> names.get(i) + " = ?").toList());
        try (HikariDataSource county = Database.dataSource(db.url(), db.user(), db.password());
             Connection connection = county.getConnection()) {
            connection.setAutoCommit(false);
            long[] loaded = new long[1];
            try (PreparedStatement insert = connection.prepareStatement(insertSql);
                 PreparedStatement replace = connection.prepareStatement(replaceSql)) {
                ResultFiles.forEachRow(plan, rows, header -> { }, values -> {
                    try {
                        add(plan, insert, replace, values);
                        if (++loaded[0] % BATCH == 0) {
                            replace.executeBatch();
                            insert.executeBatch();
                        }
                    } catch (SQLException e) {
                        throw new TableFailure(e);
                    }
                });
                replace.executeBatch();
                insert.executeBatch();
                connection.commit();
            } catch (TableFailure e) {
                connection.rollback();
                throw e.getCause();
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            }
            return loaded[0];
        } catch (SQLException e) {
            throw new IllegalStateException("cannot write the results table " + plan.table() + ": "
                    + SqlFailures.describe(e), e);
        }
    }

    private static void add(OutputPlan plan, PreparedStatement insert, PreparedStatement replace, List<String> values)
            throws SQLException {
        for (int i = 0; i < plan.columns().size(); i++) {
            insert.setString(i + 1, valueOrNull(values, i));
        }
        for (int k = 0; k < plan.key().size(); k++) {
            replace.setString(k + 1, valueOrNull(values, plan.key().get(k)));
        }
        replace.addBatch();
        insert.addBatch();
    }

    private static String valueOrNull(List<String> values, int i) {
        String v = i < values.size() ? values.get(i) : null;
        return v == null || v.isEmpty() ? null : v;
    }

    /** Carries a failed statement out of the row callback. */
    private static final class TableFailure extends RuntimeException {
        TableFailure(SQLException cause) {
            super(cause);
        }

        @Override
        public synchronized SQLException getCause() {
            return (SQLException) super.getCause();
        }
    }
}
