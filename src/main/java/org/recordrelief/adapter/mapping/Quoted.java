package org.recordrelief.adapter.mapping;

/**
 * A (non-personal) value as a message shows it: in quotes, control characters written as escapes (a NUL
 * byte cannot be stored as text by PostgreSQL, and a line break would split a report's line), and a long
 * value cut with its length said, so a reason never silently loses its end.
 */
final class Quoted {

    static final int SHOWN = 80;

    private Quoted() {
    }

    static String of(String value) {
        StringBuilder shown = new StringBuilder("'");
        int end = Math.min(value.length(), SHOWN);
        for (int i = 0; i < end; i++) {
            char c = value.charAt(i);
            if (c < ' ' || c == 0x7f) {
                shown.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
            } else {
                shown.append(c);
            }
        }
        shown.append('\'');
        if (value.length() > SHOWN) {
            shown.insert(shown.length() - 1, "...").append(" (").append(String.format(java.util.Locale.ROOT, "%,d", value.length()))
                    .append(" characters)");
        }
        return shown.toString();
    }
}
