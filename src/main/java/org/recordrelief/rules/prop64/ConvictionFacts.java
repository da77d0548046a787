package org.recordrelief.rules.prop64;

import java.time.LocalDate;
import java.util.Optional;
import org.recordrelief.model.CaseCharge;
import org.recordrelief.model.OffenceLevel;
import org.recordrelief.model.SentenceStatus;
import org.recordrelief.model.code.CodeSection;

/** One cannabis conviction under evaluation, with what the rules ask about it. */
record ConvictionFacts(CaseCharge conviction, CodeSection section, Prop64Offence offence, PersonFacts person) {

    static ConvictionFacts of(CaseCharge conviction, CodeSection section, PersonFacts person) {
        return new ConvictionFacts(conviction, section,
                Prop64Offence.classify(section, conviction.charge().convictionDate()), person);
    }

    OffenceLevel level() {
        return conviction.charge().level();
    }

    LocalDate convictionDate() {
        return conviction.charge().convictionDate();
    }

    /** Age on the offence date (the arrest date when the count has none). */
    Optional<Integer> ageAtOffence() {
        return person.ageOn(conviction.offenceOrArrestDate());
    }

    SentenceStatus sentenceStatus() {
        return person.sentenceStatus(conviction);
    }
}
