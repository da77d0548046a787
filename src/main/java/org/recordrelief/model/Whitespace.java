package org.recordrelief.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Whitespace as a regular expression's {@code \s} means it (space, tab, line feed, vertical tab, form feed,
 * carriage return), handled without a regular expression: names and county names go through here once per
 * row, and a pattern there costs a run of millions of rows more than the rest of the row's mapping.
 */
public final class Whitespace {

    private Whitespace() {
    }

    /** Whether {@code c} is what {@code \s} matches. */
    public static boolean is(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /**
     * The words of a text that has no whitespace at either end, as {@code Pattern.compile("\\s+").split}
     * gives them: one empty word for an empty text.
     */
    public static String[] words(String trimmed) {
        List<String> words = new ArrayList<>(4);
        int start = 0;
        int i = 0;
        while (i < trimmed.length()) {
            if (is(trimmed.charAt(i))) {
                words.add(trimmed.substring(start, i));
                while (i < trimmed.length() && is(trimmed.charAt(i))) {
                    i++;
                }
                start = i;
            } else {
                i++;
            }
        }
        words.add(trimmed.substring(start));
        return words.toArray(String[]::new);
    }

    /** The text with each run of whitespace replaced by one space; the same string when there is none to replace. */
    public static String collapse(String text) {
        int at = firstToReplace(text);
        if (at < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length()).append(text, 0, at);
        int i = at;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (is(c)) {
                out.append(' ');
                while (i < text.length() && is(text.charAt(i))) {
                    i++;
                }
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** Where the first run of whitespace that is not a single space starts, or -1. */
    private static int firstToReplace(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (is(c) && (c != ' ' || i + 1 < text.length() && is(text.charAt(i + 1)))) {
                return i;
            }
        }
        return -1;
    }
}
