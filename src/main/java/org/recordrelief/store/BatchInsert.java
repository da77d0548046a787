package org.recordrelief.store;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import de.siegmar.fastcsv.writer.QuoteStrategies;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;
import org.postgresql.PGConnection;

/**
 * Writes a batch of rows into one table in one round trip: {@code COPY ... FROM STDIN} on PostgreSQL (its
 * bulk path, several times faster than batched inserts), a batched {@code INSERT} on other databases.
 * Values are text, whole numbers, booleans or dates ({@code LocalDate}: ISO text in COPY); null is SQL NULL
 * and an empty text stays an empty text.
 */
final class BatchInsert {

    private final String insert;
    private final String copy;
    private final int columns;

    BatchInsert(String table, List<String> columns) {
        String names = String.join(", ", columns);
        this.insert = "INSERT INTO " + table + " (" + names + ") VALUES ("
                + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
        // In CSV form an unquoted empty field is NULL and a quoted one ("") an empty text.
        this.copy = "COPY " + table + " (" + names + ") FROM STDIN WITH (FORMAT csv)";
        this.columns = columns.size();
    }

    void insert(Connection con, List<Object[]> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        if (con.isWrapperFor(PGConnection.class)) {
            copy(con.unwrap(PGConnection.class), rows);
        } else {
            batch(con, rows);
        }
    }

    private void copy(PGConnection con, List<Object[]> rows) throws SQLException {
        StringWriter text = new StringWriter();
        try (CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).quoteStrategy(QuoteStrategies.EMPTY)
                .build(text)) {
            String[] fields = new String[columns];
            for (Object[] row : rows) {
                for (int i = 0; i < columns; i++) {
                    fields[i] = row[i] == null ? null : String.valueOf(row[i]);
                }
                csv.writeRecord(fields);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            con.getCopyAPI().copyIn(copy, new StringReader(text.toString()));
        } catch (IOException e) {
            throw new SQLException("COPY into the staging database failed: " + e.getMessage(), e);
        }
    }

    /** Texts and whole numbers by their own setters: a driver's setObject tries type after type for each value. */
    private static void set(PreparedStatement ps, int index, Object value) throws SQLException {
        if (value instanceof String text) {
            ps.setString(index, text);
        } else if (value instanceof Long number) {
            ps.setLong(index, number);
        } else {
            ps.setObject(index, value);
        }
    }

    private void batch(Connection con, List<Object[]> rows) throws SQLException {
        try (PreparedStatement ps = con.prepareStatement(insert)) {
            for (Object[] row : rows) {
                for (int i = 0; i < columns; i++) {
                    set(ps, i + 1, row[i]);
                }
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }
}
