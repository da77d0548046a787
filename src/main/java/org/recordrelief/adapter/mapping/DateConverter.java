package org.recordrelief.adapter.mapping;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;

/**
 * Dates written with a pattern ({@code yyyyMMdd}, {@code MM/dd/yyyy}, {@code MMddyy}); impossible dates
 * such as 20010230 are refused. A two-digit year falls in the hundred years starting at the pivot year.
 */
public final class DateConverter implements Converter<LocalDate> {

    private final String pattern;
    private final DateTimeFormatter formatter;

    public DateConverter(String pattern, Integer pivotYear) {
        this.pattern = pattern;
        String p = pattern.replace("yyyy", "uuuu").replace("YYYY", "uuuu");
        if (p.contains("uuuu")) {
            formatter = DateTimeFormatter.ofPattern(p).withResolverStyle(ResolverStyle.STRICT);
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
        }
    }

    @Override
    public LocalDate convert(String text, String shown) {
        try {
            return LocalDate.parse(text, formatter);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(shown + " is not a valid date written " + pattern);
        }
    }
}
