package org.recordrelief.pipeline;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import org.recordrelief.adapter.OutputPlan;
import org.recordrelief.formats.Columns;
import org.recordrelief.formats.DelimitedRowWriter;
import org.recordrelief.formats.FixedWidthRowWriter;
import org.recordrelief.formats.RowWriter;
import org.recordrelief.store.SpillSort;

/**
 * Writes a run's results in the county's format (for a results table: its rows as a CSV file, loaded into
 * the table when the results are delivered) in input order: each row carries the line it belongs to.
 * While the export comes grouped by person the rows are already in that order and go straight out; once
 * it is read sorted by person, they are sorted back by line on disk and written when the run ends.
 * Beside the results goes a file of each row's determination line ({@link ResultLines}), so that a
 * reviewer's change can be written into the rows it concerns before they are delivered.
 */
final class ResultsWriter implements Closeable {

    private final OutputPlan plan;
    private final Columns inputColumns;
    private final Path file;
    private final Path linesFile;
    private final Path spillDir;
    private final long spillBudgetChars;
    /** Whether the file's encoding can take rows encoded chunk by chunk ({@link RowRenderer#encodesInPieces}). */
    private final boolean encodesInPieces;
    private RowWriter writer;
    private DelimitedRowWriter delimited;
    private Writer out;
    /** Under {@link #out}: where rendered rows, already encoded, go. */
    private OutputStream bytes;
    private DataOutputStream lines;
    private SpillSort byLine;
    private long rows;
    private long truncatedWhenFinished;

    /**
     * @param file      the results file (for a table, the file of its rows)
     * @param linesFile where each row's determination line goes
     */
    ResultsWriter(OutputPlan plan, Columns inputColumns, Path file, Path linesFile, Path spillDir,
                  long spillBudgetChars) {
        this.plan = plan;
        this.inputColumns = inputColumns;
        this.file = file;
        this.linesFile = linesFile;
        this.spillDir = spillDir;
        this.spillBudgetChars = spillBudgetChars;
        this.encodesInPieces = RowRenderer.encodesInPieces(ResultFiles.charset(plan));
        open();
    }

    /**
     * One result row for input line {@code line} (its count's first line for a row per determination), which
     * carries the determination of the count starting on {@code determinationLine} (0: none).
     */
    void write(long line, long determinationLine, List<String> values) {
        if (byLine != null) {
            String[] record = new String[values.size() + 2];
            record[0] = String.valueOf(line);
            record[1] = String.valueOf(determinationLine);
            for (int i = 0; i < values.size(); i++) {
                record[i + 2] = values.get(i) == null ? "" : values.get(i);
            }
            byLine.add(record);
        } else {
            out(determinationLine, values);
        }
    }

    /**
     * True while rows may come as text made by a {@link #renderer()}: a delimited file written in input
     * order, in an encoding that can be encoded chunk by chunk. Rows that must be sorted first, fixed-width
     * fields (which count what they cut) and a UTF-16 file (a byte-order mark per chunk) take values.
     */
    boolean takesRenderedRows() {
        return delimited != null && byLine == null && encodesInPieces;
    }

    /** A renderer for {@link #writeRendered}, for use on one other thread. */
    RowRenderer renderer() {
        return new RowRenderer(ResultFiles.delimitedFormat(plan), ResultFiles.lineTerminator(plan),
                ResultFiles.charset(plan));
    }

    /** Rows made by a renderer, in input order, after every row written so far; one determination line each. */
    void writeRendered(byte[] rendered, long[] determinationLines) {
        if (!takesRenderedRows()) {
            throw new IllegalStateException("rendered rows can only go straight into a delimited file");
        }
        delimited.flush();
        try {
            out.flush(); // what the writer holds goes first
            bytes.write(rendered);
            for (long l : determinationLines) {
                lines.writeLong(l);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
        rows += determinationLines.length;
    }

    /** Forgets what was written; from now on rows may come in any order. */
    void restartInAnyOrder() {
        discard();
        open();
        byLine = new SpillSort(spillDir, spillBudgetChars,
                (a, b) -> Long.compare(Long.parseLong(a[0]), Long.parseLong(b[0])));
    }

    /** Writes what waits to be sorted and closes the files; returns the rows written. */
    long finish() {
        if (byLine != null) {
            Iterator<String[]> sorted = byLine.sorted();
            while (sorted.hasNext()) {
                String[] record = sorted.next();
                out(Long.parseLong(record[1]), Arrays.asList(Arrays.copyOfRange(record, 2, record.length)));
            }
            byLine.close();
            byLine = null;
        }
        if (writer != null) {
            truncatedWhenFinished = writer.truncatedValues();
        }
        closeFiles();
        return rows;
    }

    /** Values cut to fit fixed-width fields, also once the files are finished (when a run reports them). */
    long truncatedValues() {
        return writer == null ? truncatedWhenFinished : writer.truncatedValues();
    }

    private void out(long determinationLine, List<String> values) {
        rows++;
        writer.write(values);
        try {
            lines.writeLong(determinationLine);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + linesFile, e);
        }
    }

    private void open() {
        rows = 0;
        truncatedWhenFinished = 0;
        try {
            bytes = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
            out = new BufferedWriter(new OutputStreamWriter(bytes, ResultFiles.charset(plan)), 1 << 16);
            lines = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(linesFile), 1 << 14));
            if (plan.format() == OutputPlan.Format.FIXED_WIDTH) {
                writer = new FixedWidthRowWriter(out, plan.columns().stream().map(OutputPlan.Column::field).toList(),
                        plan.lineTerminator());
                delimited = null;
            } else {
                delimited = new DelimitedRowWriter(out, ResultFiles.delimitedFormat(plan),
                        ResultFiles.lineTerminator(plan), ResultFiles.header(plan, inputColumns));
                writer = delimited;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private void closeFiles() {
        try {
            if (writer != null) {
                writer.close();
            }
            if (lines != null) {
                lines.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + linesFile, e);
        } finally {
            writer = null;
            delimited = null;
            out = null;
            bytes = null;
            lines = null;
        }
    }

    /** Throws away what was written: the files are truncated when opened again. */
    private void discard() {
        try {
            closeFiles();
        } catch (UncheckedIOException ignored) {
            // what was written is thrown away anyway
        }
        if (byLine != null) {
            byLine.close();
            byLine = null;
        }
    }

    @Override
    public void close() {
        discard();
    }
}
