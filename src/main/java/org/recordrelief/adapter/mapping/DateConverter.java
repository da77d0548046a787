package org.recordrelief.adapter.mapping;

import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;

/**
 * Dates written with a pattern ({@code yyyyMMdd}, {@code MM/dd/yyyy}, {@code MMddyy}); impossible dates
 * such as 20010230 are refused. A two-digit year falls in the hundred years starting at the pivot year.
 */
public final class DateConverter implements Converter<LocalDate>, TwoDigitYears {

    private final String pattern;
    private final DateTimeFormatter formatter;
    /** Where the digits of a fixed layout sit (yyyyMMdd, MM/dd/yyyy), or null when the formatter must read it. */
    private final FixedDigits fixed;

    private final Integer pivotYear;

    public DateConverter(String pattern, Integer pivotYear) {
        this.pattern = pattern;
        String p = pattern.replace("yyyy", "uuuu").replace("YYYY", "uuuu");
        fixed = FixedDigits.of(p);
        if (p.contains("uuuu")) {
            formatter = DateTimeFormatter.ofPattern(p).withResolverStyle(ResolverStyle.STRICT);
            this.pivotYear = null;
        } else {
            int yy = p.replace("YY", "yy").indexOf("yy");
            if (yy < 0) {
                throw new IllegalArgumentException("the pattern '" + pattern + "' has no year (yyyy or yy)");
            }
            if (pivotYear == null) {
                throw new IllegalArgumentException("the pattern '" + pattern + "' has a two-digit year, so it needs "
                        + "pivotYear");
            }
            formatter = new DateTimeFormatterBuilder()
                    .appendPattern(p.substring(0, yy))
                    .appendValueReduced(ChronoField.YEAR, 2, 2, pivotYear)
                    .appendPattern(p.substring(yy + 2))
                    .toFormatter()
                    .withResolverStyle(ResolverStyle.STRICT);
            this.pivotYear = pivotYear;
        }
    }

    @Override
    public Integer pivotYear() {
        return pivotYear;
    }

    @Override
    public LocalDate convert(String text) {
        LocalDate quick = fixed == null ? null : fixed.read(text);
        if (quick != null) {
            return quick;
        }
        try {
            return LocalDate.parse(text, formatter);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("is not a valid date written " + pattern);
        }
    }

    /**
     * A layout of four-digit year, two-digit month and day and fixed separators, read by position: the
     * formatter costs more than the rest of a row's dates together. Anything it does not read (a wrong
     * length, a letter, an impossible date) goes to the formatter, which gives the answer and the message.
     */
    private record FixedDigits(int length, int year, int month, int day, String literals) {

        private static final char DIGIT = '\0';

        static FixedDigits of(String pattern) {
            int year = pattern.indexOf("uuuu");
            int month = pattern.indexOf("MM");
            int day = pattern.indexOf("dd");
            if (year < 0 || month < 0 || day < 0 || pattern.indexOf(DIGIT) >= 0) {
                return null;
            }
            StringBuilder rest = new StringBuilder(pattern);
            rest.replace(year, year + 4, "\0\0\0\0").replace(month, month + 2, "\0\0").replace(day, day + 2, "\0\0");
            for (int i = 0; i < rest.length(); i++) {
                char c = rest.charAt(i);
                if (Character.isLetter(c) || Character.isDigit(c) || c == '\'') {
                    return null;
                }
            }
            return new FixedDigits(pattern.length(), year, month, day, rest.toString());
        }

        LocalDate read(String text) {
            if (text.length() != length) {
                return null;
            }
            for (int i = 0; i < length; i++) {
                char c = text.charAt(i);
                char expected = literals.charAt(i);
                boolean ok = expected == DIGIT ? c >= '0' && c <= '9' : c == expected;
                if (!ok) {
                    return null;
                }
            }
            int y = number(text, year, 4);
            int m = number(text, month, 2);
            int d = number(text, day, 2);
            if (m < 1 || m > 12 || d < 1 || d > Month.of(m).length(Year.isLeap(y))) {
                return null;
            }
            return LocalDate.of(y, m, d);
        }

        private static int number(String text, int from, int digits) {
            int n = 0;
            for (int i = from; i < from + digits; i++) {
                n = n * 10 + text.charAt(i) - '0';
            }
            return n;
        }
    }
}
