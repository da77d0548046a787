package org.recordrelief.adapter.mapping;

import java.time.LocalDate;
import java.time.Year;
import java.util.Locale;

/**
 * Julian (ordinal) dates of legacy court systems: {@code CYYDDD} (century digit 0 = 1900s, 1 = 2000s),
 * {@code YYYYDDD}, or {@code YYDDD} with a pivot year.
 */
public final class JulianDateConverter implements Converter<LocalDate>, TwoDigitYears {

    private final String layout;
    private final Integer pivotYear;

    public JulianDateConverter(String layout, Integer pivotYear) {
        this.layout = layout.toUpperCase(Locale.ROOT);
        this.pivotYear = pivotYear;
        switch (this.layout) {
            case "CYYDDD", "YYYYDDD" -> { }
            case "YYDDD" -> {
                if (pivotYear == null) {
                    throw new IllegalArgumentException("the Julian layout YYDDD has a two-digit year, so it needs "
                            + "pivotYear");
                }
            }
            default -> throw new IllegalArgumentException("unknown Julian layout '" + layout
                    + "' (use CYYDDD, YYYYDDD or YYDDD)");
        }
    }

    @Override
    public Integer pivotYear() {
        return layout.equals("YYDDD") ? pivotYear : null; // CYYDDD carries its century
    }

    @Override
    public LocalDate convert(String text) {
        if (!text.chars().allMatch(Character::isDigit) || text.length() != layout.length()) {
            throw new IllegalArgumentException("is not a Julian date written " + layout);
        }
        int year;
        int day = Integer.parseInt(text.substring(text.length() - 3));
        switch (layout) {
            case "CYYDDD" -> {
                int century = text.charAt(0) - '0';
                if (century > 1) {
                    throw new IllegalArgumentException("has century digit " + century
                            + "; CYYDDD uses 0 for the 1900s and 1 for the 2000s");
                }
                year = 1900 + 100 * century + Integer.parseInt(text.substring(1, 3));
            }
            case "YYYYDDD" -> year = Integer.parseInt(text.substring(0, 4));
            default -> {
                int yy = Integer.parseInt(text.substring(0, 2));
                int base = pivotYear - Math.floorMod(pivotYear, 100);
                year = base + yy < pivotYear ? base + 100 + yy : base + yy;
            }
        }
        if (day < 1 || day > Year.of(year).length()) {
            throw new IllegalArgumentException("names day " + day + " of " + year + ", which has "
                    + Year.of(year).length() + " days");
        }
        return LocalDate.ofYearDay(year, day);
    }
}
