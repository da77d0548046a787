package org.recordrelief.report;

import java.time.LocalDate;
import java.util.Map;
import org.recordrelief.rules.Outcome;

/**
 * The figures of one county run. The first five are the ones the Sacramento press release gave
 * (5,303 eligible convictions, 4,831 individuals, 1,919 dismissed, 3,384 reduced, 603 individuals left
 * with no conviction); every run prints them.
 *
 * @param county                        the county
 * @param ruleSetVersion                rule set and version that decided
 * @param asOf                          the date the run judged on
 * @param personsEvaluated              people whose history was evaluated
 * @param convictionsEligible           convictions dismissed or reduced
 * @param individualsEligible           people with at least one such conviction
 * @param dismissed                     convictions dismissed
 * @param reduced                       convictions reduced
 * @param individualsLeftWithNoConviction people with an eligible conviction whose every conviction is dismissed
 * @param individualsLeftWithNoFelony   people with an eligible conviction who had a felony and have none left
 * @param byOutcome                     primary determinations by outcome
 * @param byCodeSection                 primary determinations by code and section (e.g. "HS 11359")
 * @param byReason                      rule ids across primary determinations' reasons
 * @param relatedChargesDismissed       non-cannabis counts dismissed with a cannabis count
 * @param pleaBargainReviews            non-cannabis counts sent to review as possible plea bargains
 * @param individualsWithUnreadableRecords people evaluated although some of their rows were quarantined
 * @param reviewsForIncompleteHistory   convictions sent to review because such a person's history may be
 *                                      incomplete and the relief rested on it
 * @param quarantinedForReview          quarantined rows that may themselves be convictions the rules decide:
 *                                      they get no determination, so a reviewer must read them
 */
public record RunSummary(
        String county,
        String ruleSetVersion,
        LocalDate asOf,
        long personsEvaluated,
        long convictionsEligible,
        long individualsEligible,
        long dismissed,
        long reduced,
        long individualsLeftWithNoConviction,
        long individualsLeftWithNoFelony,
        Map<Outcome, Long> byOutcome,
        Map<String, Long> byCodeSection,
        Map<String, Long> byReason,
        long relatedChargesDismissed,
        long pleaBargainReviews,
        long individualsWithUnreadableRecords,
        long reviewsForIncompleteHistory,
        long quarantinedForReview) {

    public RunSummary {
        byOutcome = Map.copyOf(byOutcome);
        byCodeSection = Map.copyOf(byCodeSection);
        byReason = Map.copyOf(byReason);
    }
}
