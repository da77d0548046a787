package org.recordrelief.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.recordrelief.adapter.mapping.QuarantinedRow;

/**
 * What a descriptor could not map in an export, in the terms of the work of mapping it: code sections that
 * read as nothing, disposition and level values without a mapping, dates that could not be read, required
 * fields left empty. Built from the quarantined rows, whose reasons quote only non-personal values.
 */
public final class UnmappedValues {

    /** Required fields empty on more rows than this share point at a wrong column, not at the county's data. */
    static final double EMPTY_SHARE_TO_CHECK = 0.01;
    private static final int LINES_SHOWN = 5;

    private UnmappedValues() {
    }

    /** The report; {@code rowsRead} gives the shares. */
    public static String format(List<QuarantinedRow> rows, long rowsRead) {
        Map<String, Map<String, List<Long>>> groups = new LinkedHashMap<>();
        for (String heading : List.of(CODES, DISPOSITIONS, LEVELS, DATES, EMPTY, ROWS, OTHER)) {
            groups.put(heading, new TreeMap<>());
        }
        for (QuarantinedRow r : rows) {
            groups.get(heading(r)).computeIfAbsent(r.field() + ": " + r.reason(), k -> new ArrayList<>())
                    .add(r.lineNumber());
        }
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "Values the descriptor could not map: %,d of %,d rows quarantined%n",
                rows.size(), rowsRead));
        if (rows.isEmpty()) {
            out.append("  none\n");
        }
        groups.forEach((heading, reasons) -> {
            if (reasons.isEmpty()) {
                return;
            }
            out.append("  ").append(heading).append(":\n");
            reasons.forEach((reason, lines) -> {
                out.append("    ").append(reason).append("  (").append(lines.size()).append(lines.size() == 1
                        ? " row" : " rows").append(": line").append(lines.size() == 1 ? " " : "s ");
                out.append(String.join(", ", lines.stream().limit(LINES_SHOWN).map(String::valueOf).toList()));
                if (lines.size() > LINES_SHOWN) {
                    out.append(", ...");
                }
                out.append(")");
                if (heading.equals(EMPTY) && rowsRead > 0 && lines.size() > EMPTY_SHARE_TO_CHECK * rowsRead) {
                    out.append(String.format(Locale.ROOT, " %.1f%% of the rows: check that the descriptor reads "
                            + "the right column", 100.0 * lines.size() / rowsRead));
                }
                out.append('\n');
            });
        });
        return out.toString();
    }

    static final String CODES = "Code sections that read as no section";
    static final String DISPOSITIONS = "Disposition values with no mapping";
    static final String LEVELS = "Level values with no mapping";
    static final String DATES = "Dates that could not be read, do not fit, or that a pivot made doubtful";
    static final String EMPTY = "Required fields empty";
    static final String ROWS = "Rows that could not be read as a whole";
    static final String OTHER = "Other values";

    private static String heading(QuarantinedRow r) {
        String field = r.field() == null ? "" : r.field();
        String reason = r.reason() == null ? "" : r.reason();
        if (field.equals("(row)")) {
            return ROWS;
        }
        if (reason.contains("is empty")) {
            return EMPTY;
        }
        String target = field.contains("(") ? field.substring(field.lastIndexOf('(') + 1).replace(")", "") : "";
        if (target.equals("charge.code")) {
            return CODES;
        }
        if (target.equals("charge.disposition")) {
            return DISPOSITIONS;
        }
        if (target.equals("charge.level")) {
            return LEVELS;
        }
        if (target.toLowerCase(Locale.ROOT).contains("date") || reason.contains("date")) {
            return DATES;
        }
        return OTHER;
    }
}
