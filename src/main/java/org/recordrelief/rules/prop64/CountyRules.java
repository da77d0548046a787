package org.recordrelief.rules.prop64;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.recordrelief.model.CaseCharge;
import org.recordrelief.model.OffenceLevel;
import org.recordrelief.model.SentenceStatus;
import org.recordrelief.model.code.CodeSection;
import org.recordrelief.model.code.LegalCode;
import org.recordrelief.rules.Outcome;
import org.recordrelief.rules.PolicyValidation;
import org.recordrelief.rules.Reason;

/**
 * A county's Prop 64 options compiled into rules. Routing rules (hand review, referral to another agency)
 * come first, then dismissal rules, each in the order of {@link Prop64Options}; the first that applies
 * decides and is named on the determination. County rules never touch a result the statute made final.
 */
final class CountyRules {

    private static final Set<OffenceLevel> LOWER_LEVELS = Set.of(OffenceLevel.MISDEMEANOR, OffenceLevel.INFRACTION);

    /** The decision for one conviction after county options. */
    record Decision(Outcome outcome, OffenceLevel reducedTo, List<Reason> reasons, String option, String referredTo) {

        /** The statute's result as it stands, no county option involved. */
        static Decision of(Baseline baseline) {
            return new Decision(baseline.outcome(), baseline.reducedTo(), List.of(baseline.reason()), null, null);
        }
    }

    private final List<CountyRule> routing = new ArrayList<>();
    private final List<CountyRule> dismissals = new ArrayList<>();
    private final List<CodeSection> relatedCharges;
    private final List<CodeSection> pleaBargainSections;

    CountyRules(Prop64Options o) {
        PolicyValidation parse = new PolicyValidation("(validated policy)");
        relatedCharges = o.relatedCharges() == null ? List.of() : parse.sections(o.relatedCharges(), "relatedCharges");
        pleaBargainSections = o.pleaBargainReview() == null ? List.of()
                : parse.sections(o.pleaBargainReview(), "pleaBargainReview");
        addRouting(o);
        addDismissals(o);
    }

    private void addRouting(Prop64Options o) {
        if (o.handReviewWhileServing()) {
            routing.add(new CountyRule("handReviewWhileServing", null, null,
                    c -> c.sentenceStatus() == SentenceStatus.SERVING,
                    c -> "The sentence is still being served on " + c.person().asOf()
                            + ": county policy sends such convictions to hand review."));
        }
        if (o.misdemeanorsReferredTo() != null) {
            routing.add(new CountyRule("misdemeanorsReferredTo", LOWER_LEVELS, o.misdemeanorsReferredTo(), c -> true,
                    c -> "County policy refers cannabis misdemeanors and infractions to " + o.misdemeanorsReferredTo()
                            + " for review."));
        }
    }

    private void addDismissals(Prop64Options o) {
        if (o.dismissMisdemeanorsAndInfractions()) {
            dismissals.add(new CountyRule("dismissMisdemeanorsAndInfractions", LOWER_LEVELS, null, c -> true,
                    c -> "County policy dismisses cannabis misdemeanors and infractions outright."));
        }
        if (o.dismissAll11357()) {
            dismissals.add(new CountyRule("dismissAll11357", null, null, c -> c.section().is(LegalCode.HS, "11357"),
                    c -> "County policy dismisses every HS 11357 possession conviction, felonies included."));
        }
        if (o.youngAtOffence() != null) {
            int limit = o.youngAtOffence().underAge();
            dismissals.add(new CountyRule("youngAtOffence", o.youngAtOffence().levels(), null,
                    c -> c.ageAtOffence().map(age -> age < limit).orElse(false),
                    c -> "The person was under " + limit + " at the offence: county policy dismisses."));
        }
        if (o.ageAtLeast() != null) {
            int age = o.ageAtLeast().age();
            dismissals.add(new CountyRule("ageAtLeast", o.ageAtLeast().levels(), null,
                    c -> c.person().ageOn(c.person().asOf()).map(a -> a >= age).orElse(false),
                    c -> "The person is " + age + " or older on " + c.person().asOf() + ": county policy dismisses."));
        }
        if (o.crimeFreeYears() != null) {
            int years = o.crimeFreeYears().years();
            dismissals.add(new CountyRule("crimeFreeYears", o.crimeFreeYears().levels(), null,
                    c -> c.person().lastConvictionDate().map(last -> last.isBefore(yearsBefore(c, years))).orElse(false),
                    c -> "No conviction in the " + years + " years before " + c.person().asOf()
                            + " (the last was on " + c.person().lastConvictionDate().orElseThrow()
                            + "): county policy dismisses."));
        }
        if (o.convictionOlderThan() != null) {
            int years = o.convictionOlderThan().years();
            dismissals.add(new CountyRule("convictionOlderThan", o.convictionOlderThan().levels(), null,
                    c -> c.convictionDate().isBefore(yearsBefore(c, years)),
                    c -> "The conviction is more than " + years + " years old on " + c.person().asOf()
                            + ": county policy dismisses."));
        }
        if (o.onlyConvictionSentenceComplete()) {
            dismissals.add(new CountyRule("onlyConvictionSentenceComplete", null, null,
                    c -> c.person().convictions().size() == 1 && c.sentenceStatus() == SentenceStatus.COMPLETE,
                    c -> "This is the person's only conviction and its sentence is complete: county policy dismisses."));
        }
        if (o.onlyProp64ConvictionsSentencesComplete()) {
            dismissals.add(new CountyRule("onlyProp64ConvictionsSentencesComplete", null, null,
                    c -> c.person().allConvictionsAreProp64() && c.person().allSentencesComplete(),
                    c -> "All of the person's convictions are Prop 64 offences and every sentence is complete: "
                            + "county policy dismisses."));
        }
        if (o.dismissDeceased()) {
            dismissals.add(new CountyRule("dismissDeceased", null, null, c -> c.person().isDeceased(),
                    c -> "The person has died: county policy dismisses."));
        }
    }

    private static LocalDate yearsBefore(ConvictionFacts c, int years) {
        return c.person().asOf().minusYears(years);
    }

    Decision decide(ConvictionFacts c, Baseline baseline, String authority) {
        if (!baseline.countyMayChange()) {
            return Decision.of(baseline);
        }
        Optional<CountyRule> route = routing.stream().filter(r -> r.appliesTo(c)).findFirst();
        if (route.isPresent()) {
            return fired(Outcome.HAND_REVIEW, baseline, route.get(), c, authority);
        }
        // With an unreadable record, an option that looks at the whole history cannot be relied on; a later
        // option that does not may still dismiss.
        boolean incomplete = c.person().history().isIncomplete();
        Decision decision = Decision.of(baseline);
        CountyRule unsure = null;
        if (baseline.outcome() != Outcome.DISMISS) {
            for (CountyRule rule : dismissals) {
                if (!rule.appliesTo(c)) {
                    continue;
                }
                if (incomplete && rule.restsOnHistory()) {
                    unsure = unsure == null ? rule : unsure;
                    continue;
                }
                decision = fired(Outcome.DISMISS, baseline, rule, c, authority);
                break;
            }
        }
        if (incomplete && baseline.restsOnHistory() && isRelief(decision.outcome())) {
            return incompleteHistory(baseline, c, "relief for this offence (it requires that no earlier conviction "
                    + "disqualifies it)");
        }
        if (unsure != null && decision.option() == null) {
            return incompleteHistory(baseline, c, "county policy's dismissal under " + unsure.option());
        }
        return decision;
    }

    private static boolean isRelief(Outcome outcome) {
        return outcome == Outcome.DISMISS || outcome == Outcome.REDUCE;
    }

    private static Decision incompleteHistory(Baseline baseline, ConvictionFacts c, String what) {
        Reason reason = Prop64Rule.HISTORY_INCOMPLETE.reason(lines(c.person().history().unreadableLines()), what);
        return new Decision(Outcome.HAND_REVIEW, null, List.of(baseline.reason(), reason), null, null);
    }

    /** "Line 57", "Lines 57 and 60", "Lines 57, 60, 61 and 3 more". */
    private static String lines(List<Long> lines) {
        if (lines.size() == 1) {
            return "Line " + lines.get(0);
        }
        List<String> named = lines.stream().limit(3).map(String::valueOf).toList();
        boolean more = lines.size() > 3;
        List<String> listed = more ? named : named.subList(0, named.size() - 1);
        return "Lines " + String.join(", ", listed) + " and " + (more ? (lines.size() - 3) + " more"
                : named.get(named.size() - 1));
    }

    private static Decision fired(Outcome outcome, Baseline baseline, CountyRule rule, ConvictionFacts c,
                                  String authority) {
        return new Decision(outcome, null, List.of(baseline.reason(), rule.reason(c, authority)), rule.option(),
                rule.referredTo());
    }

    /** Convictions of the same case on the county's related-charges list. */
    List<CaseCharge> relatedConvictions(CaseCharge cannabis, PersonFacts person) {
        return matchingConvictionsInCase(cannabis.courtCase().caseId(), person, relatedCharges);
    }

    /** Convictions of the same case on the county's plea-bargain list. */
    List<CaseCharge> possiblePleaBargains(String caseId, PersonFacts person) {
        return matchingConvictionsInCase(caseId, person, pleaBargainSections);
    }

    boolean hasPleaBargainList() {
        return !pleaBargainSections.isEmpty();
    }

    private static List<CaseCharge> matchingConvictionsInCase(String caseId, PersonFacts person,
                                                              List<CodeSection> sections) {
        if (sections.isEmpty()) {
            return List.of();
        }
        return person.convictions().stream()
                .filter(cc -> cc.courtCase().caseId().equals(caseId))
                .filter(cc -> !Prop64Offence.namesProp64Section(cc.charge().code()) && cc.charge().code().sections()
                        .stream().anyMatch(s -> sections.stream().anyMatch(s::isWithin)))
                .toList();
    }
}
