package org.recordrelief.samples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/** An export written as plain text lines (fixed-width records, SQL statements). */
abstract class TextExportWriter implements ExportWriter {

    private final Writer out;

    TextExportWriter(Writer out) {
        this.out = out;
    }

    protected final void print(String text) {
        try {
            out.write(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
