package org.recordrelief.formats;

import de.siegmar.fastcsv.reader.CloseableIterator;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Streams a delimited export with FastCSV, one record at a time, with the line each record starts on. The
 * header, when there is one, must match the descriptor's columns. Field counts are checked here, row by
 * row, so a short or long row goes to quarantine instead of failing the file.
 */
public final class DelimitedRowReader extends PrefetchingRowReader {

    /** FastCSV's own limit (its default buffer), kept: a longer field is a damaged file, not a county's data. */
    private static final int MAX_FIELD_CHARS = 16 * 1024 * 1024;
    /** FastCSV's own limit for a whole record. */
    private static final int MAX_ROW_CHARS = 4 * MAX_FIELD_CHARS;

    static final String FASTCSV_RELAXED = "de.siegmar.fastcsv.relaxed";

    private final CsvReader<RowText> parser;
    private final CloseableIterator<RowText> records;
    private long lastLine;
    private final DelimitedFormat format;
    private final Charset charset;
    private final Columns columns;

    public DelimitedRowReader(InputStream in, Charset charset, DelimitedFormat format, List<Column> declared) {
        this.format = format;
        this.charset = charset;
        BufferedReader reader = Encodings.reader(in, charset);
        try {
            reader.mark(1);
            if (reader.read() < 0) {
                throw new UnreadableSourceException("the file is empty (0 bytes)");
            }
            reader.reset();
            CsvReader.CsvReaderBuilder csv = CsvReader.builder()
                    .fieldSeparator(format.delimiterChar())
                    .skipEmptyLines(true)
                    .allowMissingFields(true)
                    .allowExtraFields(true)
                    .maxBufferSize(MAX_FIELD_CHARS);
            char quote = format.quoteChar() != null ? format.quoteChar() : Encodings.NO_QUOTE;
            csv.quoteCharacter(quote);
            // KeptChars follows how FastCSV's strict parser fills its buffer. Its relaxed parser (chosen by a
            // system property FastCSV's own tests set) fills it otherwise: rows are then copied value by value.
            KeptChars kept = Boolean.getBoolean(FASTCSV_RELAXED) ? null : new KeptChars(reader);
            this.parser = csv.build(new RowTextHandler(format.delimiterChar(), quote, MAX_ROW_CHARS, kept),
                    kept != null ? kept : reader);
        } catch (IOException e) {
            throw new UnreadableSourceException("cannot read the file: " + e.getMessage(), e);
        }
        this.records = parser.iterator();
        this.columns = new Columns(declared.stream().map(Column::name).toList());
        if (format.hasHeader()) {
            checkHeader(declared);
        }
    }

    private void checkHeader(List<Column> declared) {
        RowText header = nextRecord();
        if (header == null) {
            throw new UnreadableSourceException("the file has no header line");
        }
        List<String> found = new ArrayList<>(header);
        if (format.endMarker() != null && !found.isEmpty()) {
            String last = found.get(found.size() - 1).trim();
            if (last.isEmpty() || last.equalsIgnoreCase(format.endMarker())) {
                found.remove(found.size() - 1);
            }
        }
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < Math.max(found.size(), declared.size()); i++) {
            String want = i < declared.size() ? declared.get(i).name() : null;
            String got = i < found.size() ? found.get(i).trim() : null;
            if (want == null) {
                problems.add("unexpected column " + (i + 1) + " '" + got + "'");
            } else if (got == null) {
                problems.add("missing column " + (i + 1) + " '" + want + "'");
            } else if (!want.trim().toUpperCase(Locale.ROOT).equals(got.toUpperCase(Locale.ROOT))) {
                problems.add("column " + (i + 1) + " is '" + got + "', the descriptor expects '" + want.trim() + "'");
            }
        }
        if (problems.size() > Math.max(3, declared.size() / 4)) {
            // So different that the first line may be data, not a header: never echo it (personal data).
            throw new UnreadableSourceException("the header does not match the descriptor's columns: the first line "
                    + "has " + found.size() + " fields and " + problems.size() + " of them differ from the "
                    + declared.size() + " declared columns (another layout or delimiter, or a file without a header?)");
        }
        if (!problems.isEmpty()) {
            throw new UnreadableSourceException("the header does not match the descriptor's columns: "
                    + String.join("; ", problems.subList(0, Math.min(5, problems.size())))
                    + (problems.size() > 5 ? "; and " + (problems.size() - 5) + " more" : ""));
        }
    }

    @Override
    public Columns columns() {
        return columns;
    }

    @Override
    protected SourceRow readRow() {
        while (true) {
            RowText record = nextRecord();
            if (record == null) {
                return null;
            }
            if (record.size() == 1 && record.get(0).isBlank()) {
                continue; // a blank line is not a row
            }
            if (!hasMore() && swallowedTheRest(record)) {
                throw new UnreadableSourceException("the file cannot be parsed after line "
                        + record.lineNumber() + " (a quoted field runs to the end of the file); check for "
                        + "a quote that is never closed");
            }
            return toRow(record);
        }
    }

    private SourceRow toRow(RowText values) {
        long line = values.lineNumber();
        RowProblem problem = Encodings.badBytes(values, columns, charset);
        if (format.endMarker() != null) {
            String last = values.isEmpty() ? "" : values.get(values.size() - 1).trim();
            if (last.equalsIgnoreCase(format.endMarker())) {
                values = values.withoutLast();
            } else if (problem == null) {
                problem = RowProblem.ofRow("the row does not end with the '" + format.endMarker()
                        + "' marker (a cut-off or shifted row)");
            }
        }
        if (problem == null && values.size() != columns.size()) {
            problem = RowProblem.ofRow("the row has " + values.size() + " fields, the descriptor declares "
                    + columns.size());
        }
        return new SourceRow(line, values, columns, problem);
    }

    /**
     * A quote that is never closed makes the last record run to the end of the file: it then holds a line
     * break and too few fields. (A real multi-line field keeps the row's field count.)
     */
    private boolean swallowedTheRest(RowText record) {
        if (format.quoteChar() == null || record.size() >= columns.size()) {
            return false;
        }
        String last = record.get(record.size() - 1);
        return last.indexOf('\n') >= 0 || last.indexOf('\r') >= 0;
    }

    private RowText nextRecord() {
        if (!hasMore()) {
            return null;
        }
        try {
            RowText record = records.next();
            lastLine = record.lineNumber();
            return record;
        } catch (UncheckedIOException | CsvParseException e) {
            throw unparseable(e);
        }
    }

    /** FastCSV reads the next record ahead, so asking whether there is one can fail as reading it does. */
    private boolean hasMore() {
        try {
            return records.hasNext();
        } catch (UncheckedIOException | CsvParseException e) {
            throw unparseable(e);
        }
    }

    private UnreadableSourceException unparseable(RuntimeException e) {
        String detail = firstLine(e);
        if (detail.contains("max row size")) {
            return new UnreadableSourceException("the row after line " + lastLine + " is longer than "
                    + String.format(Locale.ROOT, "%,d", MAX_ROW_CHARS) + " characters, the most one row may hold; "
                    + "usually a quote that is never closed, else a damaged file", e);
        }
        if (detail.contains("buffer size") || detail.contains("max field size")) {
            // The parser cannot find where that row ends, so the file stops here: no row can be quarantined.
            return new UnreadableSourceException("a field of the row after line " + lastLine + " is longer than "
                    + String.format(Locale.ROOT, "%,d", MAX_FIELD_CHARS) + " characters, the most one field may hold; "
                    + "usually a quote that is never closed, else a damaged file", e);
        }
        return new UnreadableSourceException("the file cannot be parsed after line " + lastLine
                + " (" + detail + "); check for a quote that is never closed", e);
    }

    private static String firstLine(Exception e) {
        Throwable t = e.getCause() != null ? e.getCause() : e;
        String m = String.valueOf(t.getMessage());
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException ignored) {
            // nothing more to read; the run's outcome is already decided
        }
    }
}
