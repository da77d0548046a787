package org.recordrelief.rules;

import java.util.List;
import java.util.Objects;
import org.recordrelief.model.CaseCharge;
import org.recordrelief.model.OffenceLevel;

/**
 * The recommendation for one count, with everything needed to explain and audit it.
 *
 * @param personId       pseudonymous person id
 * @param caseId         the case (cycle) id in the person's history
 * @param chargeId       the count id inside the case
 * @param codeSection    canonical code section of the count
 * @param level          the level convicted
 * @param outcome        dismiss, reduce, not eligible, hand review
 * @param reducedTo      for REDUCE: the new level (misdemeanor or infraction); otherwise null
 * @param reasons        the rules that decided, in the order they applied
 * @param countyOption   the county option that changed the statute's result, or null
 * @param referredTo     the agency a county routes this count to, or null
 * @param role           primary conviction, related charge or possible plea bargain
 * @param relatedCharges for a primary determination: the charge ids dismissed with it
 * @param ruleSetVersion the rule set and its version, e.g. {@code prop64/2026.11}
 */
public record Determination(
        String personId,
        String caseId,
        String chargeId,
        String codeSection,
        OffenceLevel level,
        Outcome outcome,
        OffenceLevel reducedTo,
        List<Reason> reasons,
        String countyOption,
        String referredTo,
        DeterminationRole role,
        List<String> relatedCharges,
        String ruleSetVersion) {

    public Determination {
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(outcome, "outcome");
        reasons = List.copyOf(reasons);
        relatedCharges = relatedCharges == null ? List.of() : List.copyOf(relatedCharges);
    }

    /** "caseId/chargeId", the count's reference inside the person's history. */
    public String chargeReference() {
        return caseId + "/" + chargeId;
    }

    /** Whether this is the determination of that count: the same case id and count id. */
    public boolean isFor(CaseCharge count) {
        return Objects.equals(caseId, count.courtCase().caseId()) && Objects.equals(chargeId, count.charge().chargeId());
    }

    /** Eligible for relief: dismissed or reduced. */
    public boolean isRelief() {
        return outcome == Outcome.DISMISS || outcome == Outcome.REDUCE;
    }

    /** The reasons' texts joined, for flat output formats. */
    public String reasonText() {
        return String.join(" ", reasons.stream().map(Reason::text).toList());
    }

    /** The reasons' rule ids joined with '+'. */
    public String ruleIds() {
        return String.join("+", reasons.stream().map(Reason::ruleId).toList());
    }
}
