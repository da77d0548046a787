package org.recordrelief.onboarding;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.recordrelief.onboarding.ExportProfile.ColumnProfile;

/** The profile as a person reads it. Values of personal-looking columns never appear, only their shapes. */
public final class ProfileReport {

    private ProfileReport() {
    }

    public static String format(String fileName, ExportProfile p) {
        StringBuilder out = new StringBuilder();
        out.append("Profile of ").append(fileName).append(String.format(Locale.ROOT, " (%,d rows looked at)%n",
                p.rowsProfiled()));
        out.append("Layout: ");
        if (p.isDelimited()) {
            out.append("delimited, delimiter ").append(show(p.delimiter())).append(", quote ")
                    .append(p.quote() == null ? "none" : show(p.quote())).append(", header: ")
                    .append(p.header() ? "yes" : "no (columns are named COLUMN_n here)");
        } else {
            out.append("fixed-width, ").append(p.recordLength()).append(" characters a line, header lines: ")
                    .append(p.header() ? 1 : 0).append(" (field boundaries found from blanks and digit/letter "
                            + "changes: check them against the county's layout)");
        }
        out.append(", encoding ").append(p.charset().name()).append(p.byteOrderMark() ? " (with a byte-order mark)"
                : "").append('\n');
        out.append("Columns:\n");
        int n = 1;
        for (ColumnProfile c : p.columns()) {
            out.append(String.format(Locale.ROOT, "  %2d %s%s: %s, filled %s%n", n++, c.name(), p.isDelimited() ? ""
                    : " (start " + c.start() + ", length " + c.length() + ")", c.role().words()
                    + (c.role().personal() ? " (personal: values not shown)" : ""), percent(c.filled(),
                    p.rowsProfiled())));
            if (!c.datePatterns().isEmpty()) {
                out.append("       dates: ").append(String.join(", ", c.datePatterns()));
                if (c.datePatterns().size() > 1) {
                    out.append(" (AMBIGUOUS: several layouts read these digits; ask the county which one)");
                }
                if (c.twoDigitYear()) {
                    out.append(" (two-digit years: the descriptor needs a pivotYear; years seen: ")
                            .append(c.yearsSeen()).append(")");
                }
                if (c.unreadDates() > 0) {
                    out.append("; ").append(c.unreadDates()).append(c.unreadDates() == 1 ? " value does" : " values do")
                            .append(" not read as ").append(c.datePatterns().get(0)).append(" (those rows will be "
                            + "quarantined)");
                }
                out.append('\n');
            }
            if (!c.shapes().isEmpty()) {
                out.append("       shapes: ").append(counts(c.shapes())).append('\n');
            } else if (!c.values().isEmpty()) {
                out.append("       values: ").append(counts(c.values())).append('\n');
            } else if (c.distinct() > 0) {
                out.append("       ").append(c.distinct() >= 5000 ? "5,000 or more" : String.valueOf(c.distinct()))
                        .append(" distinct values\n");
            }
        }
        return out.toString();
    }

    private static String percent(long part, long whole) {
        return whole == 0 ? "-" : String.format(Locale.ROOT, "%.0f%%", 100.0 * part / whole);
    }

    private static String counts(Map<String, Long> counts) {
        return counts.entrySet().stream().map(e -> "'" + e.getKey() + "' " + e.getValue())
                .collect(Collectors.joining(", "));
    }

    private static String show(char c) {
        return c == '\t' ? "tab" : "'" + c + "'";
    }
}
