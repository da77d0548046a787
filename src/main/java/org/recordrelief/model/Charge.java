package org.recordrelief.model;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;
import org.recordrelief.model.code.ChargeCode;

/**
 * One count of a case: what was charged and how it ended.
 *
 * @param chargeId        stable id of the count inside its case (adapters derive it from the export)
 * @param countNumber     the count's number as the export writes it, an identifier kept as text ("3",
 *                        "003001001000"); null when unknown
 * @param rawCode         the code text exactly as the export wrote it (kept for audit and review)
 * @param code            the parsed code section, or an explicit unparsed value
 * @param offenceDate     date of the offence, or null
 * @param disposition     convicted, dismissed, acquitted, other
 * @param dispositionText the export's own disposition text or code, for audit
 * @param convictionDate  date of conviction; null when not convicted or not known
 * @param level           felony, misdemeanor, infraction or unknown, as convicted
 * @param sentence        the sentence, {@link Sentence#NONE} when none is recorded
 */
public record Charge(
        String chargeId,
        String countNumber,
        String rawCode,
        ChargeCode code,
        LocalDate offenceDate,
        DispositionClass disposition,
        String dispositionText,
        LocalDate convictionDate,
        OffenceLevel level,
        Sentence sentence) {

    public Charge {
        Objects.requireNonNull(chargeId, "chargeId");
        Objects.requireNonNull(code, "code");
        disposition = disposition == null ? DispositionClass.OTHER : disposition;
        level = level == null ? OffenceLevel.UNKNOWN : level;
        sentence = sentence == null ? Sentence.NONE : sentence;
    }

    /**
     * Orders count numbers as a person reads them: numbers by value (so "9" comes before "10", and a
     * 12-digit DOJ count order never overflows), other text alphabetically, unknown last.
     */
    public static final Comparator<String> COUNT_NUMBER_ORDER = Comparator.nullsLast((a, b) -> {
        if (isDigits(a) && isDigits(b)) {
            String x = stripLeadingZeros(a);
            String y = stripLeadingZeros(b);
            return x.length() != y.length() ? Integer.compare(x.length(), y.length()) : x.compareTo(y);
        }
        return a.compareTo(b);
    });

    private static boolean isDigits(String s) {
        return !s.isEmpty() && s.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    private static String stripLeadingZeros(String s) {
        int i = 0;
        while (i < s.length() - 1 && s.charAt(i) == '0') {
            i++;
        }
        return s.substring(i);
    }

    public boolean isConviction() {
        return disposition == DispositionClass.CONVICTED;
    }
}
