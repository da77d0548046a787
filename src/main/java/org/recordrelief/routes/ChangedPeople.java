package org.recordrelief.routes;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import javax.sql.DataSource;
import org.recordrelief.adapter.IncrementalSpec;

/**
 * The rows of every person who changed after a county's watermark, all of each person's rows, read from
 * the county's database in batches of people: one cursor walks the changed people, and for each batch
 * the source query is run for those people alone. Only one batch of rows is held at a time.
 *
 * <p>The upper watermark is fixed first, so a change made while the run reads is left for the next run
 * instead of being half seen.
 */
final class ChangedPeople implements Iterator<Map<String, Object>>, AutoCloseable {

    private final Connection people;
    private final Connection rows;
    private final PreparedStatement peopleQuery;
    private final ResultSet changed;
    private final String batchQuery;
    private final int batchSize;
    private final Object watermark;
    private final long peopleCount;
    private Iterator<Map<String, Object>> batch = Collections.emptyIterator();
    private long peopleRead;
    private boolean closed;
    private boolean exhausted;

    private ChangedPeople(Connection people, Connection rows, PreparedStatement peopleQuery, ResultSet changed,
                          String batchQuery, int batchSize, Object watermark, long peopleCount) {
        this.people = people;
        this.rows = rows;
        this.peopleQuery = peopleQuery;
        this.changed = changed;
        this.batchQuery = batchQuery;
        this.batchSize = batchSize;
        this.watermark = watermark;
        this.peopleCount = peopleCount;
    }

    /**
     * @param county   the county's read-only connections
     * @param query    the source query (every row of every person)
     * @param spec     the changes query, the person column and the batch size
     * @param since    the watermark of the last completed run; empty to read every person
     */
    static ChangedPeople open(DataSource county, String query, IncrementalSpec spec, Optional<Object> since)
            throws SQLException {
        String changes = "(" + spec.changes() + ") rr_changes";
        String after = since.isPresent() ? " WHERE changed > ?" : "";
        Connection people = county.getConnection();
        Connection rows = null;
        try {
            people.setAutoCommit(false); // PostgreSQL streams a result only inside a transaction
            Object high;
            try (PreparedStatement max = people.prepareStatement("SELECT MAX(changed) FROM " + changes + after)) {
                since.ifPresent(s -> set(max, 1, s));
                try (ResultSet rs = max.executeQuery()) {
                    rs.next();
                    high = rs.getObject(1);
                }
            }
            if (high == null) { // nothing changed
                people.close();
                return new ChangedPeople(null, null, null, null, null, 1, since.orElse(null), 0);
            }
            long count;
            String between = (since.isPresent() ? " WHERE changed > ? AND" : " WHERE") + " changed <= ?";
            try (PreparedStatement c = people.prepareStatement("SELECT COUNT(DISTINCT person) FROM " + changes
                    + between)) {
                bind(c, since, high);
                try (ResultSet rs = c.executeQuery()) {
                    rs.next();
                    count = rs.getLong(1);
                }
            }
            PreparedStatement peopleQuery = people.prepareStatement("SELECT DISTINCT person FROM " + changes + between
                    + " ORDER BY person");
            peopleQuery.setFetchSize(1000);
            bind(peopleQuery, since, high);
            ResultSet changed = peopleQuery.executeQuery();
            rows = county.getConnection();
            String column = spec.personColumn();
            return new ChangedPeople(people, rows, peopleQuery, changed, "SELECT * FROM (" + query + ") rr_source "
                    + "WHERE rr_source." + column + " IN (%s) ORDER BY rr_source." + column, spec.batch(), high, count);
        } catch (SQLException | RuntimeException e) {
            people.close();
            if (rows != null) {
                rows.close();
            }
            throw e;
        }
    }

    private static void bind(PreparedStatement statement, Optional<Object> since, Object high) throws SQLException {
        int i = 1;
        if (since.isPresent()) {
            statement.setObject(i++, since.get());
        }
        statement.setObject(i, high);
    }

    private static void set(PreparedStatement statement, int index, Object value) {
        try {
            statement.setObject(index, value);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** How far this read goes: the watermark to keep once its run completed. */
    Object watermark() {
        return watermark;
    }

    /** How many people changed. */
    long people() {
        return peopleCount;
    }

    @Override
    public boolean hasNext() {
        while (!batch.hasNext()) {
            if (changed == null || exhausted) {
                return false;
            }
            List<Object> keys = nextKeys();
            if (keys.isEmpty()) {
                return false;
            }
            batch = readBatch(keys).iterator();
        }
        return true;
    }

    @Override
    public Map<String, Object> next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return batch.next();
    }

    private List<Object> nextKeys() {
        List<Object> keys = new ArrayList<>(batchSize);
        try {
            while (keys.size() < batchSize) {
                if (!changed.next()) {
                    exhausted = true; // a drained result may be closed by the driver: never asked again
                    break;
                }
                keys.add(changed.getObject(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(new SQLException("reading the changed people failed", e.getSQLState(), e));
        }
        peopleRead += keys.size();
        return keys;
    }

    private List<Map<String, Object>> readBatch(List<Object> keys) {
        String marks = String.join(", ", Collections.nCopies(keys.size(), "?"));
        List<Map<String, Object>> result = new ArrayList<>();
        try (PreparedStatement statement = rows.prepareStatement(batchQuery.formatted(marks))) {
            for (int i = 0; i < keys.size(); i++) {
                statement.setObject(i + 1, keys.get(i));
            }
            try (ResultSet rs = statement.executeQuery()) {
                ResultSetMetaData meta = rs.getMetaData();
                while (rs.next()) {
                    Map<String, Object> row = new HashMap<>();
                    for (int c = 1; c <= meta.getColumnCount(); c++) {
                        row.put(meta.getColumnLabel(c), rs.getObject(c));
                    }
                    result.add(row);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(new SQLException("reading the rows of " + keys.size() + " changed people "
                    + "failed", e.getSQLState(), e));
        }
        return result;
    }

    @Override
    public void close() {
        if (closed) {
            return; // closed by the reader that streamed it and by the run that ended: once is enough
        }
        closed = true;
        for (AutoCloseable c : new AutoCloseable[] {changed, peopleQuery}) {
            closeQuietly(c);
        }
        for (Connection c : new Connection[] {people, rows}) {
            if (c != null) {
                try {
                    c.rollback(); // read only; ends the transaction the people cursor needed
                } catch (SQLException ignored) {
                    // closing anyway
                }
                closeQuietly(c);
            }
        }
    }

    private static void closeQuietly(AutoCloseable c) {
        if (c == null) {
            return;
        }
        try {
            c.close();
        } catch (Exception ignored) {
            // the read is over either way
        }
    }
}
