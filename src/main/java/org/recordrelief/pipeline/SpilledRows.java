package org.recordrelief.pipeline;

import de.siegmar.fastcsv.reader.CloseableIterator;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.recordrelief.formats.Columns;
import org.recordrelief.formats.RowProblem;
import org.recordrelief.formats.RowReader;
import org.recordrelief.formats.SourceRow;

/**
 * Source rows as text records for a spill file: a sort key, the line, the row's problem if any, then its
 * values. Used to sort rows by person on disk and to keep the rows of a source that cannot be read twice.
 */
final class SpilledRows {

    private static final int VALUES = 5;

    private SpilledRows() {
    }

    /** {@code key} null: the row's person could not be read. */
    static String[] encode(String key, SourceRow row) {
        String[] record = new String[VALUES + row.values().size()];
        record[0] = key == null ? "-" : "k" + key;
        record[1] = String.valueOf(row.lineNumber());
        record[2] = row.hasProblem() ? "1" : "0";
        record[3] = row.hasProblem() ? row.problem().field() : "";
        record[4] = row.hasProblem() ? row.problem().reason() : "";
        for (int i = 0; i < row.values().size(); i++) {
            record[VALUES + i] = row.values().get(i);
        }
        return record;
    }

    static String key(String[] record) {
        return record[0].startsWith("k") ? record[0].substring(1) : null;
    }

    static long line(String[] record) {
        return Long.parseLong(record[1]);
    }

    static SourceRow decode(String[] record, Columns columns) {
        RowProblem problem = record[2].equals("1") ? new RowProblem(record[3], record[4]) : null;
        List<String> values = Arrays.asList(Arrays.copyOfRange(record, VALUES, record.length));
        return new SourceRow(line(record), values, columns, problem);
    }

    /** By person key (rows without a person first), then by line. */
    static int byPersonThenLine(String[] a, String[] b) {
        int c = a[0].compareTo(b[0]);
        return c != 0 ? c : Long.compare(line(a), line(b));
    }

    /** Reads a spill file back as source rows, in the order written. */
    static RowReader reader(Path file, Columns columns) {
        try {
            CsvReader<CsvRecord> csv = CsvReader.builder().skipEmptyLines(false).ofCsvRecord(file,
                    StandardCharsets.UTF_8);
            CloseableIterator<CsvRecord> records = csv.iterator();
            return new RowReader() {
                @Override
                public Columns columns() {
                    return columns;
                }

                @Override
                public boolean hasNext() {
                    return records.hasNext();
                }

                @Override
                public SourceRow next() {
                    return decode(records.next().getFields().toArray(String[]::new), columns);
                }

                @Override
                public void close() {
                    try {
                        csv.close();
                    } catch (IOException ignored) {
                        // read to the end or abandoned; nothing more comes from it
                    }
                }
            };
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read back " + file, e);
        }
    }
}
