package org.recordrelief.adapter;

import org.recordrelief.adapter.mapping.KeyReader;

import java.util.ArrayList;

import java.util.function.Predicate;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.recordrelief.adapter.mapping.CodeConverter;
import org.recordrelief.adapter.mapping.Converter;
import org.recordrelief.adapter.mapping.DateConverter;
import org.recordrelief.adapter.mapping.FieldReader;
import org.recordrelief.adapter.mapping.JulianDateConverter;
import org.recordrelief.adapter.mapping.NameConverter;
import org.recordrelief.adapter.mapping.ValueMapConverter;
import org.recordrelief.config.YamlBinder;
import org.recordrelief.formats.Column;
import org.recordrelief.model.code.ChargeCode;
import org.recordrelief.model.code.CodeSectionParser;
import org.recordrelief.model.code.LegalCode;

/**
 * Compiles one value spec of a descriptor into a {@link FieldReader}, checking it against the source's
 * columns and the target field; every mistake names the key path and the fix.
 */
final class ValueSpecCompiler {

    private static final CodeSectionParser PARSER = new CodeSectionParser();

    private final String file;
    private final List<Column> columns;
    private final Set<String> sourceEmptyValues;
    private final Predicate<String> keepUnreadableCode;
    private final Set<String> columnNames = new HashSet<>();
    private final Set<String> personalColumns = new HashSet<>();

    /**
     * @param sourceEmptyValues  values that mean "empty" in every column of the source
     * @param keepUnreadableCode which unreadable code sections the rule set must still decide (kept, not
     *                           quarantined)
     */
    ValueSpecCompiler(String file, List<Column> columns, Set<String> sourceEmptyValues,
                      Predicate<String> keepUnreadableCode) {
        this.file = file;
        this.columns = columns;
        this.sourceEmptyValues = Set.copyOf(sourceEmptyValues);
        this.keepUnreadableCode = keepUnreadableCode;
        for (Column c : columns) {
            columnNames.add(key(c.name()));
            if (c.isPersonal()) {
                personalColumns.add(key(c.name()));
            }
        }
    }

    <T> FieldReader<T> compile(ValueSpec spec, String path, FieldTarget<T> target, boolean requiredByDefault) {
        return compile(spec, path, target, requiredByDefault, false);
    }

    private <T> FieldReader<T> compile(ValueSpec spec, String path, FieldTarget<T> target, boolean requiredByDefault,
                                       boolean isFallback) {
        if (spec == null) {
            return null;
        }
        boolean hasFrom = spec.from() != null && !spec.from().isEmpty();
        require(hasFrom != (spec.constant() != null), path, hasFrom ? "has both 'from' and 'constant'"
                : "says neither where the value comes from ('from') nor a 'constant'",
                "give 'from: COLUMN' or 'constant: VALUE'");
        if (hasFrom) {
            for (int i = 0; i < spec.from().size(); i++) {
                checkColumn(spec.from().get(i), path + ".from" + (spec.from().size() > 1 ? "[" + i + "]" : ""));
            }
        }
        require(isFallback || spec.when() == null, path + ".when", "'when' only belongs inside a 'fallback'",
                "move it into the fallback, or remove it");
        Pattern regex = pattern(spec.regex(), path + ".regex");
        FieldReader.Source source = new FieldReader.Source(hasFrom ? List.copyOf(spec.from()) : List.of(),
                spec.join() == null ? " " : spec.join(), spec.constant(),
                emptyValues(spec), regex,
                hasFrom && spec.from().stream().anyMatch(c -> personalColumns.contains(key(c))));
        Converter<T> converter = converter(spec, path, target);
        FieldReader<T> fallback = compile(spec.fallback(), path + ".fallback", target, requiredByDefault, true);
        Pattern when = spec.fallback() == null ? null : pattern(spec.fallback().when(), path + ".fallback.when");
        boolean required = spec.required() != null ? spec.required() : requiredByDefault;
        return new FieldReader<>(path, source, converter, required, fallback, when);
    }

    private Set<String> emptyValues(ValueSpec spec) {
        if (spec.emptyValues() == null) {
            return sourceEmptyValues;
        }
        Set<String> all = new HashSet<>(sourceEmptyValues);
        spec.emptyValues().forEach(v -> all.add(v.trim()));
        return Set.copyOf(all);
    }

    /** The parts of a key: columns, or values cut from columns with a regex ({@code {from: CNT_ORDER, regex: ...}}). */
    KeyReader keyReader(String target, List<ValueSpec> parts, String path) {
        List<FieldReader<String>> readers = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            ValueSpec part = parts.get(i);
            String partPath = path + "[" + i + "]";
            if (part != null && part.isPlainColumn()) {
                checkColumn(part.from().get(0), partPath);
            }
            require(part != null && part.map() == null && part.date() == null && part.julian() == null
                    && part.fallback() == null, partPath, "a key part is a column, or a column with a regex",
                    "write COLUMN or {from: COLUMN, regex: \"(...)\"}");
            readers.add(compile(part, partPath, FieldTarget.TEXT, false));
        }
        return new KeyReader(target, readers);
    }

    @SuppressWarnings("unchecked")
    private <T> Converter<T> converter(ValueSpec spec, String path, FieldTarget<T> target) {
        rejectUnless(spec.date() == null || target.kind() == FieldTarget.Kind.DATE, path, "date");
        rejectUnless(spec.julian() == null || target.kind() == FieldTarget.Kind.DATE, path, "julian");
        rejectUnless(spec.name() == null || target.kind() == FieldTarget.Kind.NAME, path, "name");
        rejectUnless(spec.defaultCode() == null || target.kind() == FieldTarget.Kind.CODE, path, "defaultCode");
        require(spec.defaultCodeWhen() == null || spec.defaultCode() != null, path + ".defaultCodeWhen",
                "only applies with 'defaultCode'", "add defaultCode: HS (the code to assume), or remove defaultCodeWhen");
        rejectUnless(spec.map() == null || target.kind() == FieldTarget.Kind.MAPPED
                || target.kind() == FieldTarget.Kind.TEXT, path, "map");
        rejectUnless(spec.pivotYear() == null || spec.date() != null || spec.julian() != null, path, "pivotYear");
        try {
            return (Converter<T>) switch (target.kind()) {
                case TEXT -> spec.map() == null ? (Converter<String>) text -> text
                        : new ValueMapConverter<>(spec.map(), s -> s);
                case WHOLE_NUMBER -> (Converter<Long>) ValueSpecCompiler::wholeNumber;
                case DATE -> dateConverter(spec, path);
                case NAME -> {
                    require(spec.name() != null, path, "needs 'name' to say how the name is written",
                            "add name: \"LAST,FIRST M\" or name: \"LAST/FIRST M\"");
                    yield new NameConverter(spec.name());
                }
                case CODE -> codeConverter(spec, path);
                case MAPPED -> {
                    if (spec.map() == null && spec.constant() != null) {
                        T value = parseCanonical(target, spec.constant(), path + ".constant");
                        yield (Converter<T>) text -> value;
                    }
                    require(spec.map() != null, path, "needs a 'map' from the export's values to "
                            + target.allowedValues(), "add map: {EXPORT_VALUE: CANONICAL_VALUE, ...}");
                    yield mapConverter(spec, path, target);
                }
            };
        } catch (IllegalArgumentException e) {
            throw new DescriptorException(file, path, e.getMessage(), "correct the value as the message says");
        }
    }

    private Converter<java.time.LocalDate> dateConverter(ValueSpec spec, String path) {
        require(spec.date() != null ^ spec.julian() != null, path, spec.date() == null
                        ? "needs 'date' (a pattern) or 'julian' (a layout)" : "has both 'date' and 'julian'",
                "add date: yyyyMMdd (or MM/dd/yyyy, MMddyy with pivotYear), or julian: CYYDDD");
        return spec.date() != null ? new DateConverter(spec.date(), spec.pivotYear())
                : new JulianDateConverter(spec.julian(), spec.pivotYear());
    }

    private Converter<ChargeCode> codeConverter(ValueSpec spec, String path) {
        LegalCode defaultCode = null;
        if (spec.defaultCode() != null) {
            try {
                defaultCode = LegalCode.valueOf(spec.defaultCode().trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new DescriptorException(file, path + ".defaultCode", "'" + spec.defaultCode()
                        + "' is not a code", "use one of " + List.of(LegalCode.values()));
            }
        }
        Pattern when = spec.defaultCodeWhen() == null ? null
                : Pattern.compile(pattern(spec.defaultCodeWhen(), path + ".defaultCodeWhen").pattern(),
                Pattern.CASE_INSENSITIVE);
        return new CodeConverter(PARSER, defaultCode, when, keepUnreadableCode);
    }

    private <T> Converter<T> mapConverter(ValueSpec spec, String path, FieldTarget<T> target) {
        return new ValueMapConverter<>(spec.map(), canonical -> {
            try {
                return target.parse().apply(canonical);
            } catch (IllegalArgumentException e) {
                String key = spec.map().entrySet().stream().filter(en -> en.getValue().equals(canonical))
                        .map(java.util.Map.Entry::getKey).findFirst().orElse("?");
                throw new DescriptorException(file, path + ".map." + key, "'" + canonical + "' is not a valid value",
                        "map it to one of " + target.allowedValues());
            }
        });
    }

    private <T> T parseCanonical(FieldTarget<T> target, String text, String path) {
        try {
            return target.parse().apply(text);
        } catch (IllegalArgumentException e) {
            throw new DescriptorException(file, path, "'" + text + "' is not a valid value",
                    "use one of " + target.allowedValues());
        }
    }

    private static Long wholeNumber(String text) {
        try {
            return Long.valueOf(text.startsWith("+") ? text.substring(1) : text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("is not a whole number");
        }
    }

    /** Upper-case names of the columns marked as personal data. */
    Set<String> personalColumns() {
        return Set.copyOf(personalColumns);
    }

    void checkColumn(String column, String path) {
        if (!columnNames.contains(key(column))) {
            throw new DescriptorException(file, path, "column '" + column + "' is not among the source's columns"
                    + YamlBinder.suggestion(column, columns.stream().map(Column::name).toList()),
                    "use a column declared under source.columns (or of the DOJ research file)");
        }
    }

    private Pattern pattern(String regex, String path) {
        if (regex == null) {
            return null;
        }
        try {
            return Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            throw new DescriptorException(file, path, "not a valid regular expression: " + e.getDescription(),
                    "correct the pattern (Java regular expression syntax)");
        }
    }

    private void rejectUnless(boolean ok, String path, String key) {
        require(ok, path + "." + key, "'" + key + "' does not apply to this field", "remove '" + key + "'");
    }

    private void require(boolean ok, String path, String problem, String fix) {
        if (!ok) {
            throw new DescriptorException(file, path, problem, fix);
        }
    }

    private static String key(String column) {
        return column.trim().toUpperCase(Locale.ROOT);
    }
}
