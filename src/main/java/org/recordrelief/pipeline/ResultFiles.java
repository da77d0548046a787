package org.recordrelief.pipeline;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Consumer;
import org.recordrelief.adapter.OutputPlan;
import org.recordrelief.formats.Columns;
import org.recordrelief.formats.DelimitedFormat;
import org.recordrelief.formats.Encodings;
import org.recordrelief.formats.FixedWidthRowWriter;

/**
 * The files a run's results are kept in until they are delivered: the results in the county's format (a
 * results table's rows as CSV), and beside them each row's determination line. Read back row by row when a
 * reviewer changed a determination, or when a table's rows are loaded.
 */
public final class ResultFiles {

    /** A results table's rows wait in a plain CSV file with the table's column names as header. */
    private static final DelimitedFormat TABLE_ROWS = new DelimitedFormat(",", "\"", true, null);

    private ResultFiles() {
    }

    static DelimitedFormat delimitedFormat(OutputPlan plan) {
        return plan.format() == OutputPlan.Format.TABLE ? TABLE_ROWS : plan.delimited();
    }

    static String lineTerminator(OutputPlan plan) {
        return plan.format() == OutputPlan.Format.TABLE ? "\n" : plan.lineTerminator();
    }

    static Charset charset(OutputPlan plan) {
        return plan.format() == OutputPlan.Format.TABLE ? StandardCharsets.UTF_8 : plan.charset();
    }

    /** The header of a delimited results file (or of a table's rows); null for fixed width. */
    static List<String> header(OutputPlan plan, Columns inputColumns) {
        if (plan.format() == OutputPlan.Format.FIXED_WIDTH) {
            return null;
        }
        List<String> header = new ArrayList<>();
        if (plan.includeInputColumns()) {
            header.addAll(inputColumns.names());
        }
        plan.columns().forEach(c -> header.add(c.name()));
        return header;
    }

    /** The name of the file a table's rows wait in. */
    public static String tableRowsName(OutputPlan plan, String sourceName) {
        int dot = sourceName.lastIndexOf('.');
        return (dot > 0 ? sourceName.substring(0, dot) : sourceName) + "-" + plan.table() + "-rows.csv";
    }

    public static String quarantineName(String sourceName) {
        int dot = sourceName.lastIndexOf('.');
        return (dot > 0 ? sourceName.substring(0, dot) : sourceName) + "-quarantine.csv";
    }

    /** The results a run of {@code sourceName} left in {@code folder}. */
    public static PendingResults in(Path folder, OutputPlan plan, String sourceName) {
        boolean table = plan.format() == OutputPlan.Format.TABLE;
        String results = table ? tableRowsName(plan, sourceName) : plan.fileName(sourceName);
        return new PendingResults(folder.resolve(results), folder.resolve(linesName(results)),
                folder.resolve(quarantineName(sourceName)), table);
    }

    /** The name of the file of determination lines beside a results file. */
    public static String linesName(String resultsName) {
        return "." + resultsName + ".lines";
    }

    /**
     * Every row of a results file, in order, as values (fixed-width fields cut at their widths, padding
     * kept); the header row, when the format has one, is given to {@code header} first.
     */
    static void forEachRow(OutputPlan plan, Path file, Consumer<List<String>> header, Consumer<List<String>> row) {
        try (Reader in = Files.newBufferedReader(file, charset(plan))) {
            if (plan.format() == OutputPlan.Format.FIXED_WIDTH) {
                fixedWidthRows(plan, new BufferedReader(in), row);
                return;
            }
            DelimitedFormat format = delimitedFormat(plan);
            CsvReader<CsvRecord> csv = CsvReader.builder()
                    .fieldSeparator(format.delimiterChar())
                    .quoteCharacter(format.quoteChar() == null ? Encodings.NO_QUOTE : format.quoteChar())
                    .skipEmptyLines(false)
                    .allowExtraFields(true)
                    .allowMissingFields(true)
                    .ofCsvRecord(in);
            boolean first = format.hasHeader();
            for (CsvRecord record : csv) {
                List<String> values = new ArrayList<>(record.getFields());
                if (format.endMarker() != null && !values.isEmpty()) {
                    values.remove(values.size() - 1);
                }
                (first ? header : row).accept(values);
                first = false;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static void fixedWidthRows(OutputPlan plan, BufferedReader in, Consumer<List<String>> row)
            throws IOException {
        List<FixedWidthRowWriter.Field> fields = plan.columns().stream().map(OutputPlan.Column::field).toList();
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            List<String> values = new ArrayList<>(fields.size());
            int at = 0;
            for (FixedWidthRowWriter.Field f : fields) {
                int end = Math.min(line.length(), at + f.width());
                values.add(at < end ? line.substring(at, end) : "");
                at += f.width();
            }
            row.accept(values);
        }
    }

    /** The determination lines of a results file's rows, in order. */
    static Iterator<Long> lines(Path linesFile) {
        DataInputStream in;
        try {
            in = new DataInputStream(new BufferedInputStream(Files.newInputStream(linesFile), 1 << 14));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + linesFile, e);
        }
        return new Iterator<>() {
            private Long next = read();

            private Long read() {
                try {
                    return in.readLong();
                } catch (EOFException end) {
                    close();
                    return null;
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read " + linesFile, e);
                }
            }

            private void close() {
                try {
                    in.close();
                } catch (IOException ignored) {
                    // read to its end already
                }
            }

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public Long next() {
                if (next == null) {
                    throw new NoSuchElementException();
                }
                Long l = next;
                next = read();
                return l;
            }
        };
    }
}
