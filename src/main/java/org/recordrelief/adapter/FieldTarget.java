package org.recordrelief.adapter;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.recordrelief.adapter.mapping.SentenceUnit;
import org.recordrelief.model.DispositionClass;
import org.recordrelief.model.OffenceLevel;
import org.recordrelief.model.SentenceType;

/** What kind of canonical value a descriptor field fills, which decides the conversion it needs. */
record FieldTarget<T>(Kind kind, String allowedValues, Function<String, T> parse) {

    enum Kind { TEXT, WHOLE_NUMBER, DATE, NAME, CODE, MAPPED }

    static final FieldTarget<String> TEXT = new FieldTarget<>(Kind.TEXT, null, s -> s);
    /** A whole number, read as a long so that no value in an export overflows it. */
    static final FieldTarget<Long> WHOLE_NUMBER = new FieldTarget<>(Kind.WHOLE_NUMBER, null, null);
    static final FieldTarget<java.time.LocalDate> DATE = new FieldTarget<>(Kind.DATE, null, null);
    static final FieldTarget<org.recordrelief.model.PersonName> NAME = new FieldTarget<>(Kind.NAME, null, null);
    static final FieldTarget<org.recordrelief.model.code.ChargeCode> CODE = new FieldTarget<>(Kind.CODE, null, null);
    static final FieldTarget<DispositionClass> DISPOSITION = mapped(DispositionClass.class);
    static final FieldTarget<SentenceType> SENTENCE_TYPE = mapped(SentenceType.class);
    static final FieldTarget<SentenceUnit> SENTENCE_UNIT = mapped(SentenceUnit.class);
    static final FieldTarget<OffenceLevel> LEVEL = new FieldTarget<>(Kind.MAPPED, "FELONY, MISDEMEANOR or INFRACTION "
            + "(or F, M, I)", text -> {
                OffenceLevel level = OffenceLevel.parse(text);
                if (level == OffenceLevel.UNKNOWN) {
                    throw new IllegalArgumentException("UNKNOWN");
                }
                return level;
            });
    static final FieldTarget<Boolean> BOOLEAN = new FieldTarget<>(Kind.MAPPED, "true or false", text -> {
        String t = text.trim().toLowerCase(Locale.ROOT);
        if (!t.equals("true") && !t.equals("false")) {
            throw new IllegalArgumentException(text);
        }
        return Boolean.valueOf(t);
    });

    private static <E extends Enum<E>> FieldTarget<E> mapped(Class<E> type) {
        String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
        return new FieldTarget<>(Kind.MAPPED, allowed, text -> Enum.valueOf(type, text.trim().toUpperCase(Locale.ROOT)));
    }
}
