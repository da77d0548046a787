package org.recordrelief.pipeline;

import java.io.StringWriter;
import java.util.List;
import org.recordrelief.formats.AppendedRow;
import org.recordrelief.formats.DelimitedFormat;
import org.recordrelief.formats.DelimitedRowWriter;

/**
 * Formats result rows as text exactly as the results file's own writer would, so the formatting can be
 * done on the evaluation thread and the text only copied into the file on the run's thread. One renderer
 * per thread.
 */
final class RowRenderer {

    private final StringWriter text = new StringWriter(1 << 16);
    private final DelimitedRowWriter writer;

    RowRenderer(DelimitedFormat format, String lineTerminator) {
        this.writer = new DelimitedRowWriter(text, format, lineTerminator, null);
    }

    /** The rows as the file would hold them, one line each, in order. */
    String render(List<List<String>> rows) {
        text.getBuffer().setLength(0);
        for (List<String> row : rows) {
            if (row instanceof AppendedRow appended) {
                writer.writeAppended(appended);
            } else {
                writer.write(row);
            }
        }
        writer.flush();
        return text.toString();
    }
}
