package org.recordrelief.adapter.mapping;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.recordrelief.formats.ColumnRef;
import org.recordrelief.formats.SourceRow;

/**
 * Reads one canonical field from a source row: takes the column value (or a constant), trims it, treats
 * declared empty values as empty, applies the regex, falls back when empty (or when the fallback's
 * {@code when} matches), then converts. Built by the adapter compiler from a descriptor's value spec.
 */
public final class FieldReader<T> {

    /** How the value is found in the row, before conversion. */
    public record Source(List<String> columns, String join, String constant, Set<String> emptyValues, Pattern regex,
                         boolean personal) {
    }

    private static final int DISTINCT_TEXTS_REMEMBERED = 10_000;
    /** Stands for "the regex does not match"; compared by identity, so no text can be taken for it. */
    private static final String NO_MATCH = new String("(no match)");

    private final String target;
    private final Source source;
    private final Converter<T> converter;
    private final boolean required;
    private final FieldReader<T> fallback;
    private final Pattern fallbackWhen;
    private final List<ColumnRef> columns;
    private final String[] emptyValues;
    /** What the regex cuts from each distinct text (keys and offence texts repeat over millions of rows). */
    private final Memo<String> regexCut;
    private final Memo<Boolean> fallbackApplies;
    /** The conversion of the text converted last, reused while a person's rows repeat it. */
    private final LastAnswer<T> converted = new LastAnswer<>(this::convert);

    public FieldReader(String target, Source source, Converter<T> converter, boolean required, FieldReader<T> fallback,
                       Pattern fallbackWhen) {
        this.target = target;
        this.source = source;
        this.converter = converter;
        this.required = required;
        this.fallback = fallback;
        this.fallbackWhen = fallbackWhen;
        this.columns = source.columns().stream().map(ColumnRef::new).toList();
        this.emptyValues = source.emptyValues().toArray(String[]::new);
        this.regexCut = source.regex() == null ? null : new Memo<>(this::cut, DISTINCT_TEXTS_REMEMBERED);
        this.fallbackApplies = fallbackWhen == null ? null : Memo.finding(fallbackWhen);
    }

    /** The converted value, null when empty and not required. */
    public T read(SourceRow row) {
        String raw = rawText(row);
        if (fallback != null && (raw == null || fallbackApplies(raw))) {
            return fallback.read(row);
        }
        if (raw == null) {
            if (required) {
                throw problem("is empty, and " + target + " is required");
            }
            return null;
        }
        return converted.apply(raw);
    }

    private T convert(String raw) {
        try {
            return converter.convert(raw);
        } catch (IllegalArgumentException e) {
            throw problem(shown(raw) + " " + e.getMessage());
        }
    }

    /** The text this field reads (after trim, empty values and regex, before any fallback), or null. */
    public String rawText(SourceRow row) {
        String value;
        if (source.constant() != null) {
            value = source.constant();
        } else if (source.columns().size() == 1) {
            value = columns.get(0).read(row);
        } else {
            StringBuilder sb = new StringBuilder();
            for (ColumnRef column : columns) {
                String part = column.read(row);
                if (part != null && !part.isBlank()) {
                    if (sb.length() > 0) {
                        sb.append(source.join());
                    }
                    sb.append(part.trim());
                }
            }
            value = sb.toString();
        }
        if (value == null) {
            return null;
        }
        value = value.trim();
        if (value.isEmpty() || isEmptyValue(value)) {
            return null;
        }
        if (regexCut != null) {
            String cut;
            try {
                cut = regexCut.apply(value);
            } catch (BoundedMatch.TooSlow slow) {
                throw problem(slow.getMessage());
            }
            if (cut == NO_MATCH) {
                throw problem(shown(value) + " does not match the descriptor's regex");
            }
            return cut.isEmpty() ? null : cut;
        }
        return value;
    }

    private boolean fallbackApplies(String raw) {
        try {
            return fallbackApplies != null && fallbackApplies.apply(raw);
        } catch (BoundedMatch.TooSlow slow) {
            throw problem(slow.getMessage() + " (the fallback's 'when')");
        }
    }

    /** The regex's first group (or whole match), trimmed; {@link #NO_MATCH} when it does not match. */
    private String cut(String value) {
        Matcher m = BoundedMatch.matcher(source.regex(), value);
        if (!m.find()) {
            return NO_MATCH;
        }
        return (m.groupCount() > 0 ? m.group(1) : m.group()).trim();
    }

    private boolean isEmptyValue(String value) {
        for (String empty : emptyValues) {
            if (empty.equals(value)) {
                return true;
            }
        }
        return false;
    }

    /** The text of the fallback's source when it applies, else this field's own text: what the export said. */
    public String effectiveText(SourceRow row) {
        String raw = rawText(row);
        if (fallback != null && (raw == null || fallbackApplies(raw))) {
            return fallback.effectiveText(row);
        }
        return raw;
    }

    private String shown(String value) {
        return source.personal() ? "the value (not shown: personal data)" : Quoted.of(value);
    }

    private MappingProblem problem(String reason) {
        return new MappingProblem(label(), reason);
    }

    /**
     * For a date read with a two-digit year, words saying which pivot placed it, so that a date a wrong pivot
     * moved a century reads as doubtful, not as the county's data; empty for any other field.
     */
    public String pivotNote() {
        if (converter instanceof TwoDigitYears years && years.pivotYear() != null) {
            return " (a two-digit year, read into " + years.pivotYear() + "-" + (years.pivotYear() + 99)
                    + " by pivotYear " + years.pivotYear() + ": check the pivot)";
        }
        return "";
    }

    /** "COLUMN (canonical.field)", how quarantine reports name the field. */
    public String label() {
        return column() + " (" + target + ")";
    }

    /** The column (or columns, joined with +) the value comes from. */
    public String column() {
        return source.constant() != null ? "(constant)" : String.join("+", source.columns());
    }
}
