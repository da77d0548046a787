package org.recordrelief.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/** Streaming reads: a forward-only cursor fetched in pages, so a run of millions of rows is never all in memory. */
final class Jdbc {

    @FunctionalInterface
    interface RowHandler {
        void handle(ResultSet rs) throws SQLException;
    }

    @FunctionalInterface
    interface SqlWork {
        void run(Connection con) throws SQLException;
    }

    private Jdbc() {
    }

    /** Runs {@code work} in one transaction: all of it is written, or none. */
    static void inTransaction(DataSource dataSource, SqlWork work) {
        try (Connection con = dataSource.getConnection()) {
            con.setAutoCommit(false);
            try {
                work.run(con);
                con.commit();
            } catch (SQLException | RuntimeException e) {
                con.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("writing to the staging database failed: " + e.getMessage(), e);
        }
    }

    static void stream(DataSource dataSource, String sql, long runId, RowHandler handler) {
        try (Connection con = dataSource.getConnection()) {
            // PostgreSQL only streams with a cursor inside a transaction; H2 reads lazily either way.
            con.setAutoCommit(false);
            try (PreparedStatement ps = con.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
                ps.setFetchSize(1000);
                for (int i = 1; i <= ps.getParameterMetaData().getParameterCount(); i++) {
                    ps.setLong(i, runId);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        handler.handle(rs);
                    }
                }
            } finally {
                con.rollback();
            }
        } catch (SQLException e) {
            throw new StoreException("reading the staging database failed: " + e.getMessage(), e);
        }
    }
}
