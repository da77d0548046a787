package org.recordrelief.rules.prop64;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.recordrelief.model.CaseCharge;
import org.recordrelief.model.PersonEvent;
import org.recordrelief.model.PersonEventType;
import org.recordrelief.model.OffenceLevel;
import org.recordrelief.model.code.CodeSection;
import org.recordrelief.model.code.MultipleSections;
import org.recordrelief.model.code.LegalCode;
import org.recordrelief.model.code.SectionModifier;
import org.recordrelief.rules.OffenceList;
import org.recordrelief.rules.Reason;

/**
 * The history-based carve-outs that keep a cultivation, possession-for-sale or sale conviction a felony
 * (HS 11358(d), 11359(c), 11360(a)(3)): an earlier super strike, an earlier PC 290 offence or
 * registration, two or more earlier convictions of the same section. "Earlier" means a conviction date
 * strictly before this one. A record that would exclude only if undated facts line up goes to review.
 */
final class Prop64Exclusions {

    private final OffenceList superStrikes = OffenceList.fromResource("/rules/super-strikes.txt");
    private final OffenceList registrable = OffenceList.fromResource("/rules/pc290-registrable.txt");

    Optional<Baseline> check(ConvictionFacts c) {
        LocalDate date = c.convictionDate();
        List<Reason> reviews = new ArrayList<>();
        Optional<Baseline> excluded = priorListedOffence(c, superStrikes, Prop64Rule.PRIOR_SUPER_STRIKE, reviews)
                .or(() -> priorListedOffence(c, registrable, Prop64Rule.PRIOR_PC290, reviews))
                .or(() -> priorRegistration(c, reviews))
                .or(() -> priorsOfSameSection(c, reviews));
        if (excluded.isPresent()) {
            return excluded;
        }
        if (hasMinorOffenceInSameCase(c)) {
            return Optional.of(Baseline.review(Prop64Rule.MINOR_IN_SAME_CASE.reason()));
        }
        return reviews.stream().findFirst().map(Baseline::review);
    }

    private Optional<Baseline> priorListedOffence(ConvictionFacts c, OffenceList list, Prop64Rule rule,
                                                  List<Reason> reviews) {
        for (CaseCharge other : c.person().convictions()) {
            if (other == c.conviction()) {
                continue;
            }
            Optional<OffenceList.Entry> entry = list.match(other.charge().code());
            if (entry.isEmpty()) {
                continue;
            }
            String section = other.charge().code().canonical();
            LocalDate otherDate = other.charge().convictionDate();
            if (otherDate == null) {
                reviews.add(Prop64Rule.PRIOR_UNDATED.reason(section));
            } else if (otherDate.isBefore(c.convictionDate())) {
                if (entry.get().dependsOnFacts()) {
                    reviews.add(Prop64Rule.PRIOR_NEEDS_FACTS.reason(section, entry.get().description()));
                } else if (other.charge().code() instanceof MultipleSections) {
                    // The count names other sections too: whether the conviction was for the listed one is a fact.
                    reviews.add(Prop64Rule.PRIOR_NEEDS_FACTS.reason(section, entry.get().description()
                            + ", named with other sections"));
                } else {
                    return Optional.of(Baseline.excluded(rule.reason(section, entry.get().description(), otherDate)));
                }
            }
        }
        return Optional.empty();
    }

    private Optional<Baseline> priorRegistration(ConvictionFacts c, List<Reason> reviews) {
        for (PersonEvent event : c.person().history().events()) {
            if (event.type() != PersonEventType.PC290_REGISTRATION) {
                continue;
            }
            if (event.date() == null) {
                reviews.add(Prop64Rule.PRIOR_UNDATED.reason("a PC 290 registration"));
            } else if (event.date().isBefore(c.convictionDate())) {
                // A registration is not itself the prior conviction the statute names (it may follow a juvenile
                // adjudication or a court order): a reviewer looks for the conviction.
                reviews.add(Prop64Rule.PC290_REGISTERED.reason());
            }
        }
        return Optional.empty();
    }

    private Optional<Baseline> priorsOfSameSection(ConvictionFacts c, List<Reason> reviews) {
        int earlier = 0;
        int undated = 0;
        int amongOthers = 0;
        for (CaseCharge other : c.person().convictions()) {
            if (other == c.conviction() || other.charge().code().sections().stream().noneMatch(s ->
                    s.modifier() == SectionModifier.NONE && s.is(LegalCode.HS, c.section().section())
                            && !isSmallAmountGiving(s, other))) {
                continue;
            }
            LocalDate otherDate = other.charge().convictionDate();
            if (otherDate == null) {
                undated++;
            } else if (otherDate.isBefore(c.convictionDate())) {
                if (other.charge().code() instanceof MultipleSections) {
                    amongOthers++;
                } else {
                    earlier++;
                }
            }
        }
        String section = c.section().codeAndSection();
        if (earlier >= 2) {
            return Optional.of(Baseline.excluded(Prop64Rule.PRIORS_SAME_SECTION.reason(earlier, section)));
        }
        if (earlier + amongOthers >= 2) {
            reviews.add(Prop64Rule.PRIOR_NEEDS_FACTS.reason(section, "a count that names it with other sections"));
        } else if (earlier + amongOthers + undated >= 2) {
            reviews.add(Prop64Rule.PRIOR_UNDATED.reason("another " + section + " conviction"));
        }
        return Optional.empty();
    }

    /**
     * HS 11360(a)(3)(B) counts priors under 11360(a)(2), sale and transport: giving away up to 28.5 g (old
     * 11360(b), or a plain 11360 below felony level) is not that conduct.
     */
    private static boolean isSmallAmountGiving(CodeSection s, CaseCharge prior) {
        if (!s.is(LegalCode.HS, "11360")) {
            return false;
        }
        Prop64Offence form = Prop64Offence.classify(s, prior.charge().convictionDate());
        return form == Prop64Offence.GIVING_AWAY_SMALL || (form == Prop64Offence.SALE_UNSPECIFIED
                && prior.charge().level() != OffenceLevel.FELONY && prior.charge().level() != OffenceLevel.UNKNOWN);
    }

    private static boolean hasMinorOffenceInSameCase(ConvictionFacts c) {
        return c.conviction().courtCase().charges().stream()
                .filter(ch -> ch.isConviction() && ch != c.conviction().charge())
                .anyMatch(ch -> ch.code().sections().stream().anyMatch(s -> s.is(LegalCode.HS, "11361")));
    }
}
