package org.recordrelief.adapter.mapping;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs a descriptor's regex with a budget. Java's regex engine backtracks, and a regex with nested
 * repetition (or a back-reference) can take longer than the universe on one unlucky value, which would
 * hold the run forever. The text is handed to the engine through a view that counts the characters it
 * reads; past the budget the match stops and the row is quarantined with the reason.
 */
final class BoundedMatch {

    /** Far more than any sane regex needs on a field value; reached in well under a second. */
    static final long CHARACTERS_READ = 5_000_000;

    /** The regex read more of the value than its budget allows. */
    static final class TooSlow extends RuntimeException {
        TooSlow() {
            super("the descriptor's regex takes too long on this value (nested repetition such as (a+)+, or a "
                    + "back-reference?): simplify the regex", null, false, false);
        }
    }

    private BoundedMatch() {
    }

    static Matcher matcher(Pattern pattern, String text) {
        return pattern.matcher(new Counted(text));
    }

    private static final class Counted implements CharSequence {
        private final String text;
        private long reads;

        Counted(String text) {
            this.text = text;
        }

        @Override
        public char charAt(int index) {
            if (++reads > CHARACTERS_READ) {
                throw new TooSlow();
            }
            return text.charAt(index);
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return text.subSequence(start, end);
        }

        @Override
        public String toString() {
            return text;
        }
    }
}
