package org.recordrelief.adapter;

import java.util.Locale;
import java.util.Optional;

/**
 * Checks that a county source query is one SELECT: a second statement after a {@code ;} (a {@code CREATE},
 * a {@code DELETE}) would run with the county's credentials every time the county is read. Semicolons
 * inside quoted text, quoted names and comments do not end a statement.
 */
final class SelectStatement {

    private SelectStatement() {
    }

    /** What is wrong with the query as a single SELECT, or empty when it is one. */
    static Optional<String> problem(String sql) {
        String code = withoutQuotedTextAndComments(sql);
        String trimmed = code.strip();
        while (trimmed.endsWith(";")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1).strip();
        }
        if (!trimmed.toUpperCase(Locale.ROOT).startsWith("SELECT")) {
            return Optional.of("must be a SELECT");
        }
        if (trimmed.contains(";")) {
            return Optional.of("holds more than one statement (a ';' between statements)");
        }
        return Optional.empty();
    }

    /** The query with quoted text, quoted names and comments blanked out, the rest as it is. */
    private static String withoutQuotedTextAndComments(String sql) {
        StringBuilder code = new StringBuilder(sql.length());
        int i = 0;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (c == '\'' || c == '"') {
                int end = i + 1;
                while (end < sql.length()) {
                    if (sql.charAt(end) == c) {
                        if (end + 1 < sql.length() && sql.charAt(end + 1) == c) {
                            end += 2; // a doubled quote stands for itself
                            continue;
                        }
                        break;
                    }
                    end++;
                }
                code.append(' ');
                i = end + 1;
            } else if (sql.startsWith("--", i)) {
                int end = sql.indexOf('\n', i);
                i = end < 0 ? sql.length() : end;
            } else if (sql.startsWith("/*", i)) {
                int end = sql.indexOf("*/", i + 2);
                code.append(' ');
                i = end < 0 ? sql.length() : end + 2;
            } else {
                code.append(c);
                i++;
            }
        }
        return code.toString();
    }
}
