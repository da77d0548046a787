package org.recordrelief.pipeline;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.recordrelief.formats.Columns;
import org.recordrelief.formats.RowReader;
import org.recordrelief.formats.SourceRow;

/**
 * A source that can be read a second time, for a run that finds its rows are not grouped by person. A file
 * is simply opened again; rows that cannot be read twice (a database query, a stream) are copied to a spill
 * file as they pass, and read back from it.
 */
public final class ReplayableRows implements RowReader {

    private final RowReader first;
    private final Supplier<RowReader> reopen;
    private final Path spill;
    private CsvWriter copy;

    private ReplayableRows(RowReader first, Supplier<RowReader> reopen, Path spill) {
        this.first = first;
        this.reopen = reopen;
        this.spill = spill;
    }

    /** Rows from a file that can be opened again. */
    public static ReplayableRows reopening(RowReader first, Supplier<RowReader> reopen) {
        return new ReplayableRows(first, reopen, null);
    }

    /** Rows that pass once: each is copied to {@code spill} as it is read. */
    public static ReplayableRows copying(RowReader first, Path spill) {
        ReplayableRows rows = new ReplayableRows(first, null, spill);
        try {
            Files.createDirectories(spill.getParent());
            rows.copy = CsvWriter.builder().build(spill, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open " + spill, e);
        }
        return rows;
    }

    @Override
    public Columns columns() {
        return first.columns();
    }

    @Override
    public boolean hasNext() {
        return first.hasNext();
    }

    @Override
    public SourceRow next() {
        SourceRow row = first.next();
        if (copy != null) {
            copy.writeRecord(SpilledRows.encode(null, row));
        }
        return row;
    }

    /** Every row again from the first: what was not read yet is read (and copied) before. */
    RowReader again() {
        if (copy == null) {
            first.close();
            return reopen.get();
        }
        while (hasNext()) {
            next();
        }
        closeCopy();
        first.close();
        return SpilledRows.reader(spill, columns());
    }

    private void closeCopy() {
        try {
            copy.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + spill, e);
        }
        copy = null;
    }

    @Override
    public void close() {
        first.close();
        if (copy != null) {
            closeCopy();
        }
        if (spill != null) {
            try {
                Files.deleteIfExists(spill);
            } catch (IOException ignored) {
                // left in the run's tmp folder
            }
        }
    }
}
