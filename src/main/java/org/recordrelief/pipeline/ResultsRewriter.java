package org.recordrelief.pipeline;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.recordrelief.adapter.OutputPlan;
import org.recordrelief.adapter.OutputRecord;
import org.recordrelief.formats.Columns;
import org.recordrelief.formats.DelimitedRowWriter;
import org.recordrelief.formats.FixedWidthRowWriter;
import org.recordrelief.formats.RowWriter;

/**
 * Writes a run's results again with the determinations a reviewer changed: in each row that carries a
 * changed determination, the columns made from the determination are made again from the new values; every
 * other value, and every other row, is written as it was. Rows are rewritten by the same writer that wrote
 * them, so a file without changes comes out byte for byte the same.
 */
public final class ResultsRewriter {

    private ResultsRewriter() {
    }

    /**
     * @param changes the changed determinations by their first line: each one's values by output key
     *                ({@code determination.outcome}, {@code determination.reasons}, ...)
     * @return the rows changed
     */
    public static long rewrite(OutputPlan plan, Columns inputColumns, Path results, Path linesFile,
                               Map<Long, Map<String, String>> changes, Path target) {
        int offset = plan.includeInputColumns() ? inputColumns.size() : 0;
        Iterator<Long> lines = ResultFiles.lines(linesFile);
        long[] changed = new long[1];
        try (Writer out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(target),
                ResultFiles.charset(plan)), 1 << 16);
             RowWriter writer = writer(plan, out)) {
            ResultFiles.forEachRow(plan, results, writer::write, values -> {
                if (!lines.hasNext()) {
                    throw new IllegalStateException(results + " has more rows than " + linesFile + " has lines");
                }
                Map<String, String> change = changes.get(lines.next());
                if (change == null) {
                    writer.write(values);
                    return;
                }
                List<String> row = new ArrayList<>(values);
                OutputRecord record = new OutputRecord(0, List.of(), inputColumns, change::get);
                for (int i = 0; i < plan.columns().size(); i++) {
                    OutputPlan.Column c = plan.columns().get(i);
                    if (c.showsDetermination() && offset + i < row.size()) {
                        row.set(offset + i, c.value().apply(record));
                    }
                }
                writer.write(row);
                changed[0]++;
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
        if (lines.hasNext()) {
            throw new IllegalStateException(linesFile + " has more lines than " + results + " has rows");
        }
        return changed[0];
    }

    private static RowWriter writer(OutputPlan plan, Writer out) {
        if (plan.format() == OutputPlan.Format.FIXED_WIDTH) {
            return new FixedWidthRowWriter(out, plan.columns().stream().map(OutputPlan.Column::field).toList(),
                    plan.lineTerminator());
        }
        return new DelimitedRowWriter(out, ResultFiles.delimitedFormat(plan), ResultFiles.lineTerminator(plan), null);
    }
}
