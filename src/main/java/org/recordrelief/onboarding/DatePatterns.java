package org.recordrelief.onboarding;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The date layouts counties write, as the descriptor names them, and which of them read a column's values.
 * Several can fit the same digits (010203 is MMddyy and yyMMdd): the profile lists them all, so that a
 * person asks the county rather than the tool guessing.
 */
final class DatePatterns {

    /** Descriptor patterns (java.time letters) and Julian layouts (the descriptor's {@code julian:} key). */
    static final List<String> CANDIDATES = List.of("yyyy-MM-dd", "yyyyMMdd", "MM/dd/yyyy", "M/d/yyyy", "MMddyyyy",
            "MM-dd-yyyy", "MMddyy", "yyMMdd", "MM/dd/yy", "julian:CYYDDD", "julian:YYYYDDD", "julian:YYDDD");
    private static final int LOOKED_AT = 2000;

    private DatePatterns() {
    }

    /** The candidates that read at least {@code share} of the values (which must not be empty), best first. */
    static List<String> fitting(List<String> values, double share) {
        List<String> sample = values.stream().limit(LOOKED_AT).toList();
        List<String> fits = new ArrayList<>();
        if (sample.isEmpty() || sample.stream().noneMatch(v -> v.matches(".*\\d.*"))) {
            return fits;
        }
        for (String pattern : CANDIDATES) {
            long read = sample.stream().filter(v -> parse(v, pattern) != null).count();
            if (read >= share * sample.size()) {
                fits.add(pattern);
            }
        }
        if (fits.contains("MM/dd/yyyy")) {
            fits.remove("M/d/yyyy"); // it reads the same padded values: not a second meaning
        }
        return fits;
    }

    static boolean twoDigitYear(String pattern) {
        return pattern.equals("julian:YYDDD") || !pattern.startsWith("julian:") && !pattern.contains("yyyy");
    }

    /**
     * The two-digit years the values hold, as ranges ("00-19, 51-99"), to help choose a pivot: the gap
     * between the ranges is where the hundred turns. Empty for a pattern with four-digit years.
     */
    static String twoDigitYears(List<String> values, String pattern) {
        int at = pattern.equals("julian:YYDDD") ? 0 : pattern.startsWith("julian:") ? -1 : pattern.indexOf("yy");
        if (!twoDigitYear(pattern) || at < 0) {
            return "";
        }
        java.util.TreeSet<Integer> years = new java.util.TreeSet<>();
        for (String v : values.stream().limit(LOOKED_AT).toList()) {
            if (parse(v, pattern) != null && v.length() >= at + 2) {
                years.add(Integer.parseInt(v.substring(at, at + 2)));
            }
        }
        List<String> ranges = new ArrayList<>();
        Integer from = null;
        Integer last = null;
        for (int y : years) {
            if (from == null) {
                from = y;
            } else if (y != last + 1) {
                ranges.add(range(from, last));
                from = y;
            }
            last = y;
        }
        if (from != null) {
            ranges.add(range(from, last));
        }
        return String.join(", ", ranges);
    }

    private static String range(int from, int to) {
        return from == to ? String.format("%02d", from) : String.format("%02d-%02d", from, to);
    }

    /** The middle year of the values the pattern reads (two-digit years read in 1930-2029). */
    static int medianYear(List<String> values, String pattern) {
        List<Integer> years = values.stream().limit(LOOKED_AT).map(v -> parse(v, pattern)).filter(d -> d != null)
                .map(LocalDate::getYear).sorted().toList();
        return years.isEmpty() ? Integer.MAX_VALUE : years.get(years.size() / 2);
    }

    static LocalDate parse(String value, String pattern) {
        if (pattern.startsWith("julian:")) {
            return julian(value, pattern.substring(7));
        }
        try {
            String strict = pattern.replace("yyyy", "uuuu").replace("yy", "uu");
            DateTimeFormatter f = DateTimeFormatter.ofPattern(strict, Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);
            LocalDate date = LocalDate.parse(value, f);
            if (twoDigitYear(pattern) && date.getYear() >= 2030) {
                date = date.minusYears(100);
            }
            return date;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static LocalDate julian(String value, String layout) {
        if (value.length() != layout.length() || !value.chars().allMatch(Character::isDigit)) {
            return null;
        }
        int day = Integer.parseInt(value.substring(value.length() - 3));
        int year = switch (layout) {
            case "CYYDDD" -> value.charAt(0) <= '1' ? 1900 + 100 * (value.charAt(0) - '0')
                    + Integer.parseInt(value.substring(1, 3)) : -1;
            case "YYYYDDD" -> Integer.parseInt(value.substring(0, 4));
            default -> {
                int yy = Integer.parseInt(value.substring(0, 2));
                yield yy >= 30 ? 1900 + yy : 2000 + yy;
            }
        };
        if (year < 1900 || year > 2100 || day < 1 || day > LocalDate.of(year, 1, 1).lengthOfYear()) {
            return null;
        }
        return LocalDate.ofYearDay(year, day);
    }
}
