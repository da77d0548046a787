package org.recordrelief.adapter;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import org.recordrelief.formats.DelimitedFormat;
import org.recordrelief.formats.FixedWidthRowWriter;

/**
 * How one county's determinations are written back, compiled from the descriptor's {@code output}.
 *
 * @param rows                one output row per loaded input row, or per determination
 * @param format              delimited, fixed-width or a database table
 * @param fileTemplate        the file name; {source} is the input's name without extension
 * @param charset             character set of output files
 * @param lineTerminator      "\r\n" or "\n"
 * @param delimited           delimited layout
 * @param includeInputColumns write the input columns first (perInputRow)
 * @param columns             the county's columns
 * @param database            for a table: where to insert
 * @param table               for a table: its name
 */
public record OutputPlan(Rows rows, Format format, String fileTemplate, Charset charset, String lineTerminator,
                         DelimitedFormat delimited, boolean includeInputColumns, List<Column> columns,
                         DatabaseSettings database, String table, List<Integer> key) {

    public enum Rows { PER_INPUT_ROW, PER_DETERMINATION }

    public enum Format { DELIMITED, FIXED_WIDTH, TABLE }

    /**
     * One output column: its name, the value it is made from ({@code determination.outcome}, {@code
     * input.COLUMN}; null for a constant), how its text is made, and (fixed-width) its field.
     */
    public record Column(String name, String from, Function<OutputRecord, String> value,
                         FixedWidthRowWriter.Field field) {

        /** True when the column shows part of the determination, so a reviewer's change changes it. */
        public boolean showsDetermination() {
            return from != null && from.startsWith("determination.");
        }
    }

    /**
     * The county's columns for a row whose count has no determination, when they are the same for every such
     * row (each column shows a determination's value or a constant); else null. Most rows of an export carry
     * no determination, so their columns are worked out once per run instead of once per row.
     */
    public List<String> valuesWithoutDetermination() {
        for (Column c : columns) {
            if (c.from() != null && !c.showsDetermination()) {
                return null;
            }
        }
        OutputRecord none = new OutputRecord(0, List.of(), null, key -> null);
        List<String> values = new ArrayList<>(columns.size());
        for (Column c : columns) {
            values.add(c.value().apply(none));
        }
        return Collections.unmodifiableList(values);
    }

    /** The file name for a source file name. */
    public String fileName(String sourceName) {
        int dot = sourceName.lastIndexOf('.');
        String base = dot > 0 ? sourceName.substring(0, dot) : sourceName;
        return fileTemplate.replace("{source}", base);
    }
}
