package org.recordrelief.formats;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;

/** Streams a fixed-width export line by line, cutting each line at the descriptor's field positions. */
public final class FixedWidthRowReader extends PrefetchingRowReader {

    private final BufferedReader reader;
    private final Charset charset;
    private final FixedWidthFormat format;
    private final List<Column> fields;
    private final Columns columns;
    private final int minimumLength;
    private long lineNumber;

    public FixedWidthRowReader(InputStream in, Charset charset, FixedWidthFormat format, List<Column> fields) {
        this.reader = Encodings.reader(in, charset);
        this.charset = charset;
        this.format = format;
        this.fields = List.copyOf(fields);
        this.columns = new Columns(fields.stream().map(Column::name).toList());
        this.minimumLength = fields.stream().mapToInt(f -> f.start() - 1 + f.length()).max().orElse(0);
        try {
            reader.mark(1);
            if (reader.read() < 0) {
                throw new UnreadableSourceException("the file is empty (0 bytes)");
            }
            reader.reset();
            for (int i = 0; i < format.linesToSkip(); i++) {
                if (readLine() == null) {
                    throw new UnreadableSourceException("the file ends inside its " + format.linesToSkip()
                            + " header lines");
                }
            }
        } catch (IOException e) {
            throw new UnreadableSourceException("cannot read the file: " + e.getMessage(), e);
        }
    }

    @Override
    public Columns columns() {
        return columns;
    }

    @Override
    protected SourceRow readRow() {
        String line;
        do {
            line = readLine();
            if (line == null) {
                return null;
            }
        } while (line.isBlank());
        List<String> values = new ArrayList<>(fields.size());
        for (Column f : fields) {
            int from = Math.min(f.start() - 1, line.length());
            int to = Math.min(f.start() - 1 + f.length(), line.length());
            values.add(line.substring(from, to));
        }
        RowProblem problem = Encodings.badBytes(values, columns, charset);
        if (problem == null && format.recordLength() != null && line.length() != format.recordLength()) {
            problem = RowProblem.ofRow("the line is " + line.length() + " characters long, the descriptor says "
                    + format.recordLength() + (line.length() < format.recordLength() ? " (cut off?)" : ""));
        } else if (problem == null && line.length() < minimumLength) {
            problem = RowProblem.ofRow("the line is " + line.length() + " characters long and ends before the last "
                    + "field, which needs " + minimumLength);
        }
        return new SourceRow(lineNumber, values, columns, problem);
    }

    private String readLine() {
        try {
            String line = reader.readLine();
            if (line != null) {
                lineNumber++;
            }
            return line;
        } catch (IOException e) {
            throw new UnreadableSourceException("cannot read line " + (lineNumber + 1) + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (IOException ignored) {
            // nothing more to read
        }
    }
}
