package org.recordrelief.pipeline;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import org.recordrelief.adapter.DatabaseSettings;
import org.recordrelief.adapter.OutputPlan;
import org.recordrelief.formats.Columns;
import org.recordrelief.formats.DelimitedRowWriter;
import org.recordrelief.formats.FixedWidthRowWriter;
import org.recordrelief.formats.RowWriter;
import org.recordrelief.store.SpillSort;

/**
 * Writes a run's results in the county's format and place (a file for the outbox, or the county's results
 * table) in input order: each row carries the line it belongs to. While the export comes grouped by person
 * the rows are already in that order and go straight out; once it is read sorted by person, they are
 * sorted back by line on disk and written when the run ends.
 */
final class ResultsWriter implements Closeable {

    private static final int BATCH = 1000;

    private final OutputPlan plan;
    private final Columns inputColumns;
    private final Path file;
    private final Path spillDir;
    private final long spillBudgetChars;
    private RowWriter writer;
    private DelimitedRowWriter delimited;
    private Writer out;
    private Connection connection;
    private PreparedStatement insert;
    /** Removes an earlier row with the same key, so a re-run replaces its rows and never adds a second copy. */
    private PreparedStatement replace;
    private SpillSort byLine;
    private long rows;
    private long pendingBatch;

    /** @param file the file to write, or null for a table */
    ResultsWriter(OutputPlan plan, Columns inputColumns, Path file, Path spillDir, long spillBudgetChars) {
        this.plan = plan;
        this.inputColumns = inputColumns;
        this.file = file;
        this.spillDir = spillDir;
        this.spillBudgetChars = spillBudgetChars;
        open();
    }

    /** One result row for input line {@code line} (its count's first line for a row per determination). */
    void write(long line, List<String> values) {
        if (byLine != null) {
            String[] record = new String[values.size() + 1];
            record[0] = String.valueOf(line);
            for (int i = 0; i < values.size(); i++) {
                record[i + 1] = values.get(i) == null ? "" : values.get(i);
            }
            byLine.add(record);
        } else {
            out(values);
        }
    }

    /**
     * True while rows may come as text made by a {@link #renderer()}: a delimited file written in input
     * order. Rows that must be sorted first, fixed-width fields (which count what they cut) and tables take
     * values.
     */
    boolean takesRenderedRows() {
        return delimited != null && byLine == null;
    }

    /** A renderer for {@link #writeRendered}, for use on one other thread. */
    RowRenderer renderer() {
        return new RowRenderer(plan.delimited(), plan.lineTerminator());
    }

    /** Rows made by a renderer, in input order, after every row written so far. */
    void writeRendered(String text, int rowCount) {
        if (!takesRenderedRows()) {
            throw new IllegalStateException("rendered rows can only go straight into a delimited file");
        }
        delimited.flush();
        try {
            out.write(text);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
        rows += rowCount;
    }

    /** Forgets what was written; from now on rows may come in any order. */
    void restartInAnyOrder() {
        discard();
        open();
        byLine = new SpillSort(spillDir, spillBudgetChars,
                (a, b) -> Long.compare(Long.parseLong(a[0]), Long.parseLong(b[0])));
    }

    /** Writes what waits to be sorted, and closes the file or commits the table rows; returns the rows written. */
    long finish() {
        if (byLine != null) {
            Iterator<String[]> sorted = byLine.sorted();
            while (sorted.hasNext()) {
                String[] record = sorted.next();
                out(Arrays.asList(Arrays.copyOfRange(record, 1, record.length)));
            }
            byLine.close();
            byLine = null;
        }
        if (writer != null) {
            writer.close();
            writer = null;
            delimited = null;
            out = null;
            return rows;
        }
        try {
            replace.executeBatch();
            insert.executeBatch();
            connection.commit();
            closeTable();
        } catch (SQLException e) {
            throw tableFailure(e);
        }
        return rows;
    }

    /** Values cut to fit fixed-width fields. */
    long truncatedValues() {
        return writer == null ? 0 : writer.truncatedValues();
    }

    private void out(List<String> values) {
        rows++;
        if (writer != null) {
            writer.write(values);
            return;
        }
        try {
            for (int i = 0; i < values.size(); i++) {
                String v = values.get(i);
                insert.setString(i + 1, v == null || v.isEmpty() ? null : v);
            }
            for (int k = 0; k < plan.key().size(); k++) {
                String v = values.get(plan.key().get(k));
                replace.setString(k + 1, v == null || v.isEmpty() ? null : v);
            }
            replace.addBatch();
            insert.addBatch();
            if (++pendingBatch % BATCH == 0) {
                replace.executeBatch();
                insert.executeBatch();
            }
        } catch (SQLException e) {
            throw tableFailure(e);
        }
    }

    private void open() {
        rows = 0;
        pendingBatch = 0;
        if (plan.format() == OutputPlan.Format.TABLE) {
            openTable();
            return;
        }
        List<String> header = new ArrayList<>();
        if (plan.includeInputColumns()) {
            header.addAll(inputColumns.names());
        }
        plan.columns().forEach(c -> header.add(c.name()));
        try {
            out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), plan.charset()), 1 << 16);
            if (plan.format() == OutputPlan.Format.FIXED_WIDTH) {
                writer = new FixedWidthRowWriter(out, plan.columns().stream().map(OutputPlan.Column::field).toList(),
                        plan.lineTerminator());
                delimited = null;
            } else {
                delimited = new DelimitedRowWriter(out, plan.delimited(), plan.lineTerminator(), header);
                writer = delimited;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private void openTable() {
        DatabaseSettings db = plan.database();
        String columns = String.join(", ", plan.columns().stream().map(OutputPlan.Column::name).toList());
        String marks = String.join(", ", plan.columns().stream().map(c -> "?").toList());
        try {
            connection = DriverManager.getConnection(org.recordrelief.store.Database.durable(db.url()), db.user(),
                    db.password());
            connection.setAutoCommit(false);
            insert = connection.prepareStatement("INSERT INTO " + plan.table() + " (" + columns + ") VALUES ("
                    + marks + ")");
            replace = connection.prepareStatement("DELETE FROM " + plan.table() + " WHERE " + String.join(" AND ",
                    plan.key().stream().map(i -> plan.columns().get(i).name() + " = ?").toList()));
        } catch (SQLException e) {
            throw tableFailure(e);
        }
    }

    private IllegalStateException tableFailure(SQLException e) {
        return new IllegalStateException("cannot write the results table " + plan.table() + ": "
                + org.recordrelief.store.SqlFailures.describe(e), e);
    }

    /** Throws away what was written: the file is truncated, the table rows rolled back. */
    private void discard() {
        try {
            if (writer != null) {
                writer.close();
                writer = null;
                delimited = null;
                out = null;
            }
            if (connection != null) {
                connection.rollback();
                closeTable();
            }
        } catch (SQLException ignored) {
            // what was written is thrown away anyway
        }
        if (byLine != null) {
            byLine.close();
            byLine = null;
        }
    }

    private void closeTable() throws SQLException {
        insert.close();
        replace.close();
        connection.close();
        insert = null;
        replace = null;
        connection = null;
    }

    @Override
    public void close() {
        discard();
    }
}
