package org.recordrelief.pipeline;

import java.io.Writer;
import java.nio.charset.Charset;
import java.util.Arrays;
import java.util.List;
import org.recordrelief.formats.AppendedRow;
import org.recordrelief.formats.DelimitedFormat;
import org.recordrelief.formats.DelimitedRowWriter;

/**
 * Formats and encodes result rows exactly as the results file's own writer would, so that both are done on
 * the evaluation thread and the run's thread only copies bytes into the file. One renderer per thread.
 */
final class RowRenderer {

    private final Text text = new Text();
    private final DelimitedRowWriter writer;
    private final Charset charset;

    RowRenderer(DelimitedFormat format, String lineTerminator, Charset charset) {
        this.writer = new DelimitedRowWriter(text, format, lineTerminator, null);
        this.charset = charset;
    }

    /**
     * Whether text encoded piece by piece is the same bytes as encoded whole. Not so for an encoding that
     * starts its output with a byte-order mark (UTF-16) or a shift sequence: each chunk would start with one.
     */
    static boolean encodesInPieces(Charset charset) {
        if (!charset.canEncode()) {
            return false;
        }
        byte[] one = "x".getBytes(charset);
        byte[] two = "xx".getBytes(charset);
        return two.length == 2 * one.length && Arrays.equals(two, 0, one.length, one, 0, one.length);
    }

    /** The rows as the file would hold them, one line each, in order, in the file's encoding. */
    byte[] render(List<List<String>> rows) {
        text.chars.setLength(0);
        for (List<String> row : rows) {
            if (row instanceof AppendedRow appended) {
                writer.writeAppended(appended);
            } else {
                writer.write(row);
            }
        }
        writer.flush();
        // as the file's writer encodes: what the charset cannot hold becomes its replacement
        return text.chars.toString().getBytes(charset);
    }

    /** A writer into a StringBuilder: unlike StringWriter's StringBuffer, it takes no lock per write. */
    private static final class Text extends Writer {

        private final StringBuilder chars = new StringBuilder(1 << 16);

        @Override
        public void write(char[] buffer, int offset, int length) {
            chars.append(buffer, offset, length);
        }

        @Override
        public void write(String s) {
            chars.append(s);
        }

        @Override
        public void write(String s, int offset, int length) {
            chars.append(s, offset, offset + length);
        }

        @Override
        public void write(int c) {
            chars.append((char) c);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
