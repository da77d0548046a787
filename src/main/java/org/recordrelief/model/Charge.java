package org.recordrelief.model;

import java.time.LocalDate;
import java.util.Objects;
import org.recordrelief.model.code.ChargeCode;

/**
 * One count of a case: what was charged and how it ended.
 *
 * @param chargeId        stable id of the count inside its case (adapters derive it from the export)
 * @param countNumber     the count's order in the case, 0 when unknown
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
        int countNumber,
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

    public boolean isConviction() {
        return disposition == DispositionClass.CONVICTED;
    }
}
