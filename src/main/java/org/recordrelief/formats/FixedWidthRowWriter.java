package org.recordrelief.formats;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/** Writes fixed-width rows: each value padded (or cut) to its field's width. */
public final class FixedWidthRowWriter implements RowWriter {

    /** One output field: its width and whether it is right-aligned (numbers, zero-padded codes). */
    public record Field(int width, boolean rightAligned, char pad) {
    }

    private final Writer out;
    private final List<Field> fields;
    private final String lineTerminator;
    private long truncated;

    public FixedWidthRowWriter(Writer out, List<Field> fields, String lineTerminator) {
        this.out = out;
        this.fields = List.copyOf(fields);
        this.lineTerminator = lineTerminator == null ? "\r\n" : lineTerminator;
    }

    @Override
    public void write(List<String> values) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            Field f = fields.get(i);
            String v = i < values.size() && values.get(i) != null ? values.get(i) : "";
            if (v.length() > f.width()) {
                v = v.substring(0, f.width());
                truncated++;
            }
            String padding = String.valueOf(f.pad()).repeat(f.width() - v.length());
            line.append(f.rightAligned() ? padding + v : v + padding);
        }
        try {
            out.write(line.append(lineTerminator).toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public long truncatedValues() {
        return truncated;
    }

    @Override
    public void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
