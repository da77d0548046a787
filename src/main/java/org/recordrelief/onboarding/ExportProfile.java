package org.recordrelief.onboarding;

import java.nio.charset.Charset;
import java.util.List;
import java.util.Map;

/**
 * What {@link Profiler} found in an export: its layout and, per column, what the values look like.
 *
 * @param charset      the encoding the bytes decode in
 * @param byteOrderMark whether the file starts with a UTF-8 byte-order mark
 * @param delimiter    the field delimiter, or null for a fixed-width file
 * @param quote        the quote character of a delimited file, or null for none
 * @param header       whether the first line names the columns
 * @param recordLength for fixed-width: the usual line length
 * @param rowsProfiled how many rows were looked at
 * @param columns      every column in order
 */
public record ExportProfile(Charset charset, boolean byteOrderMark, Character delimiter, Character quote, boolean header,
                            int recordLength, long rowsProfiled, List<ColumnProfile> columns) {

    public boolean isDelimited() {
        return delimiter != null;
    }

    /** What a column seems to hold. */
    public enum Role {
        CODE_SECTION("code section"), DISPOSITION("disposition"), LEVEL("offence level"),
        DATE_OF_BIRTH("date of birth"), DATE("date"), NAME("name"), IDENTIFIER("identifier"), NUMBER("number"),
        TEXT("text"), EMPTY("empty");

        private final String words;

        Role(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }

        /** Roles whose values are never printed, only their shape. */
        public boolean personal() {
            return this == DATE_OF_BIRTH || this == NAME || this == IDENTIFIER;
        }
    }

    /**
     * One column.
     *
     * @param name         its header name, or COLUMN_n without a header
     * @param start        for fixed-width: its first character (1-based)
     * @param length       for fixed-width: its width
     * @param filled       rows with a value
     * @param role         what it seems to hold
     * @param datePatterns date patterns that read (nearly) every value, best first
     * @param twoDigitYear whether those patterns have a two-digit year (a pivot is needed)
     * @param unreadDates  values the first of those patterns does not read (they will be quarantined)
     * @param yearsSeen    for two-digit years: the ones the values hold, as ranges ("00-19, 51-99")
     * @param values       distinct values with counts, for a column with few of them that is not personal
     * @param shapes       for a personal column: the shapes of its values (A for a letter, 9 for a digit)
     * @param distinct     how many distinct values were seen (capped)
     */
    public record ColumnProfile(String name, int start, int length, long filled, Role role, List<String> datePatterns,
                                boolean twoDigitYear, long unreadDates, String yearsSeen, Map<String, Long> values, Map<String, Long> shapes, int distinct) {
    }
}
