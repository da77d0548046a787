package org.recordrelief.rules.prop64;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.recordrelief.model.CaseCharge;
import org.recordrelief.model.Charge;
import org.recordrelief.model.PersonEventType;
import org.recordrelief.model.PersonHistory;
import org.recordrelief.model.SentenceStatus;

/**
 * Person-level facts the rules ask about, computed once per evaluation. Convictions are sorted so the
 * result never depends on the order of the export's rows.
 */
final class PersonFacts {

    static final Comparator<CaseCharge> STABLE_ORDER = Comparator
            .comparing((CaseCharge cc) -> cc.charge().convictionDate(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(cc -> cc.courtCase().caseId())
            .thenComparing(cc -> cc.charge().countNumber(), Charge.COUNT_NUMBER_ORDER)
            .thenComparing(cc -> cc.charge().chargeId());

    private final PersonHistory history;
    private final LocalDate asOf;
    private final List<CaseCharge> convictions;

    PersonFacts(PersonHistory history, LocalDate asOf) {
        this.history = history;
        this.asOf = asOf;
        this.convictions = sortedConvictions(history);
    }

    private static List<CaseCharge> sortedConvictions(PersonHistory history) {
        List<CaseCharge> sorted = new ArrayList<>(history.convictionList());
        sorted.sort(STABLE_ORDER);
        return Collections.unmodifiableList(sorted);
    }

    PersonHistory history() {
        return history;
    }

    LocalDate asOf() {
        return asOf;
    }

    /** Every conviction in every county, in a stable order. */
    List<CaseCharge> convictions() {
        return convictions;
    }

    /** Whole years of age on {@code date}; empty when the date of birth or the date is unknown. */
    Optional<Integer> ageOn(LocalDate date) {
        LocalDate dob = history.person().dateOfBirth();
        if (dob == null || date == null || date.isBefore(dob)) {
            return Optional.empty();
        }
        return Optional.of(Period.between(dob, date).getYears());
    }

    /** The most recent conviction date; empty when any conviction is undated, since it might be later. */
    Optional<LocalDate> lastConvictionDate() {
        if (convictions.isEmpty() || convictions.stream().anyMatch(cc -> cc.charge().convictionDate() == null)) {
            return Optional.empty();
        }
        return Optional.of(convictions.get(convictions.size() - 1).charge().convictionDate());
    }

    boolean isDeceased() {
        return history.hasEvent(PersonEventType.DECEASED);
    }

    /** True when every conviction is a Prop 64 offence (HS 11357 to 11360). */
    boolean allConvictionsAreProp64() {
        return convictions.stream().allMatch(cc -> Prop64Offence.isOnlyProp64(cc.charge().code()));
    }

    /** True when every sentence is shown to be complete on the as-of date. */
    boolean allSentencesComplete() {
        return convictions.stream().allMatch(cc -> sentenceStatus(cc) == SentenceStatus.COMPLETE);
    }

    SentenceStatus sentenceStatus(CaseCharge cc) {
        return cc.charge().sentence().status(asOf, cc.charge().convictionDate());
    }
}
