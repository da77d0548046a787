package org.recordrelief.adapter;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.List;
import java.util.Map;

/**
 * How one canonical value is read from a source row. Exactly one of {@code from} and {@code constant};
 * the conversion follows from the target (a date needs {@code date} or {@code julian}, a disposition a
 * {@code map}, ...). docs/adapters.md has the full reference.
 *
 * @param from        the column, or several columns joined with {@code join}
 * @param join        separator for several columns (default one space)
 * @param constant    a fixed value instead of a column
 * @param emptyValues values that mean "empty" (e.g. "00000000" in a date column)
 * @param regex       keep only what this matches (group 1 if it has one); no match is an error
 * @param date        a date pattern: yyyyMMdd, MM/dd/yyyy, MMddyy (two-digit years need pivotYear)
 * @param pivotYear   for two-digit years: the first year of the hundred they fall in (1930 reads 30-99 as
 *                    1930-1999 and 00-29 as 2000-2029)
 * @param julian      a Julian date layout: CYYDDD (C=0 for 19xx, 1 for 20xx), YYDDD (with pivotYear), YYYYDDD
 * @param name        a name layout: "LAST,FIRST M" or "LAST/FIRST"
 * @param defaultCode for a code section column that holds bare section numbers: the code to assume
 * @param defaultCodeWhen (with {@code defaultCode}) assume the code only when the text matches this regex,
 *                    case-insensitive (the DOJ file writes {@code 11360(B) SELL/FURNISH/ETC MARIJUANA/HASH})
 * @param map         value map: export value (or a pattern with *) to canonical value; an unmapped value
 *                    is reported, never guessed
 * @param required    whether an empty value sends the row to quarantine (defaults depend on the field)
 * @param fallback    what to read instead when this value is empty, or matches {@code when}
 * @param when        (on a fallback) a regex on the first value that also triggers the fallback
 */
public record ValueSpec(
        List<String> from,
        String join,
        String constant,
        List<String> emptyValues,
        String regex,
        String date,
        Integer pivotYear,
        String julian,
        String name,
        String defaultCode,
        String defaultCodeWhen,
        Map<String, String> map,
        Boolean required,
        ValueSpec fallback,
        String when) {

    @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
    public ValueSpec {
    }

    /** A column name alone is short for {@code {from: COLUMN}}. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static ValueSpec column(String column) {
        return new ValueSpec(List.of(column), null, null, null, null, null, null, null, null, null, null, null, null,
                null, null);
    }

    /** True when the spec only names a column (no regex, no conversion), so errors can name the key itself. */
    boolean isPlainColumn() {
        return from != null && from.size() == 1 && regex == null && constant == null && fallback == null && map == null;
    }
}
