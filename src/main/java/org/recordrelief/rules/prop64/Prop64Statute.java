package org.recordrelief.rules.prop64;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.recordrelief.model.OffenceLevel;
import org.recordrelief.model.code.SectionModifier;
import org.recordrelief.rules.Reason;

/**
 * What HS 11361.8 alone decides for one cannabis conviction, before any county option. The steps run in
 * order and the first that decides wins: date, attempt, the offence's own exclusions, the history
 * exclusions (for people 18 or older), then the offence, its level and the person's age at the offence.
 *
 * <p>Ages decide because Proposition 64 graded the offences by age: from 21 small amounts are lawful
 * (HS 11362.1); from 18 to 20 they are infractions; under 18 every one of these offences is an
 * infraction (HS 11357(a)(1), (b)(1), (d), 11358(a), 11359(a), 11360(a)(1)), and the felony carve-outs
 * of 11358(d), 11359(c) and 11360(a)(3) apply only to people 18 or older. When the age is unknown the
 * adult reading is used, which never gives more relief than the statute allows an adult.
 */
final class Prop64Statute {

    private final Prop64Exclusions exclusions = new Prop64Exclusions();

    Baseline baseline(ConvictionFacts c) {
        if (c.convictionDate() == null) {
            return Baseline.review(Prop64Rule.NO_DATE.reason());
        }
        if (!c.convictionDate().isBefore(Prop64Offence.ACT_EFFECTIVE)) {
            // HS 11361.8 asks about the law "at the time of the offense": an earlier offence may qualify.
            LocalDate offence = c.conviction().offenceOrArrestDate();
            if (offence == null) {
                // an offence before the Act may have been convicted after it: never lost, sent to review
                return Baseline.review(Prop64Rule.AFTER_ACT_NO_OFFENCE_DATE.reason(c.convictionDate()));
            }
            if (offence.isBefore(Prop64Offence.ACT_EFFECTIVE)) {
                return Baseline.review(Prop64Rule.OFFENCE_BEFORE_ACT.reason(offence, c.convictionDate()));
            }
            return Baseline.excluded(Prop64Rule.AFTER_ACT.reason(c.convictionDate()));
        }
        if (c.section().modifier() != SectionModifier.NONE) {
            return Baseline.review(Prop64Rule.ATTEMPT.reason());
        }
        Prop64Offence offence = c.offence();
        switch (offence) {
            case MINOR_INVOLVED:
                return Baseline.excluded(Prop64Rule.MINOR_INVOLVED.reason(c.section().canonical()));
            case IMPORT_EXPORT:
                return Baseline.excluded(Prop64Rule.IMPORT_EXPORT.reason());
            case ENVIRONMENTAL:
                return Baseline.excluded(Prop64Rule.ENVIRONMENTAL.reason());
            case UNKNOWN_SUBDIVISION:
                return Baseline.review(Prop64Rule.SUBDIVISION_UNKNOWN.reason(
                        "(" + c.section().subdivision() + ")", c.section().section()));
            default:
                break;
        }
        if (offence.hasFelonyCarveOuts() && !isSmallAmountGiving(c) && !isUnder18(c)) {
            Optional<Baseline> excluded = exclusions.check(c);
            if (excluded.isPresent()) {
                return excluded.get();
            }
            return byOffence(c).restingOnHistory();
        }
        return byOffence(c);
    }

    private static Baseline byOffence(ConvictionFacts c) {
        OffenceLevel level = c.level();
        return switch (c.offence()) {
            case POSSESSION_SMALL -> lawfulForAdults(c, Prop64Rule.POSSESSION_ADULT, Prop64Rule.POSSESSION_UNDER_21,
                    Prop64Rule.POSSESSION_UNDER_21_INFRACTION);
            case POSSESSION_CONCENTRATED, POSSESSION_UNSPECIFIED -> switch (level) {
                case FELONY -> isUnder18(c) ? infractionUnder18(c) : felonyPossession(c);
                case UNKNOWN -> Baseline.reviewUnlessCountyDecides(Prop64Rule.LEVEL_UNKNOWN.reason());
                case MISDEMEANOR, INFRACTION -> lawfulForAdults(c, Prop64Rule.POSSESSION_ADULT,
                        Prop64Rule.POSSESSION_UNDER_21, Prop64Rule.POSSESSION_UNDER_21_INFRACTION);
            };
            case POSSESSION_OVER_28_5_G -> isUnder18(c) ? infractionUnder18(c)
                    : possessionReducedElseUnchanged(c, Prop64Rule.POSSESSION_OVER_28_5_G.reason());
            case POSSESSION_SCHOOL_GROUNDS -> {
                if (c.ageAtOffence().isEmpty()) {
                    yield Baseline.reviewUnlessCountyDecides(Prop64Rule.AGE_UNKNOWN.reason());
                }
                yield isUnder18(c) ? infractionUnder18(c) : possessionReducedElseUnchanged(c,
                        Prop64Rule.POSSESSION_SCHOOL.reason(c.section().canonical()));
            }
            case CULTIVATION -> adultFelonyReduced(c, Prop64Rule.CULTIVATION_FELONY, Prop64Rule.CULTIVATION_MISDEMEANOR);
            case POSSESSION_FOR_SALE -> adultFelonyReduced(c, Prop64Rule.FOR_SALE_FELONY,
                    Prop64Rule.FOR_SALE_MISDEMEANOR);
            case SALE_OR_TRANSPORT -> adultFelonyReduced(c, Prop64Rule.SALE_FELONY, Prop64Rule.SALE_MISDEMEANOR);
            case GIVING_AWAY_SMALL -> lawfulForAdults(c, Prop64Rule.GIVING_AWAY_ADULT, Prop64Rule.GIVING_AWAY_UNDER_21,
                    Prop64Rule.GIVING_AWAY_UNDER_21_INFRACTION);
            case SALE_UNSPECIFIED -> isSmallAmountGiving(c)
                    ? lawfulForAdults(c, Prop64Rule.GIVING_AWAY_ADULT, Prop64Rule.GIVING_AWAY_UNDER_21,
                            Prop64Rule.GIVING_AWAY_UNDER_21_INFRACTION)
                    : adultFelonyReduced(c, Prop64Rule.SALE_FELONY, Prop64Rule.SALE_MISDEMEANOR);
            default -> throw new IllegalStateException("offence decided earlier: " + c.offence());
        };
    }

    /** Before the Act a plain HS 11360 misdemeanor or infraction could only be the small-amount form, 11360(b). */
    private static boolean isSmallAmountGiving(ConvictionFacts c) {
        return c.offence() == Prop64Offence.SALE_UNSPECIFIED
                && (c.level() == OffenceLevel.MISDEMEANOR || c.level() == OffenceLevel.INFRACTION);
    }

    private static boolean isUnder18(ConvictionFacts c) {
        return c.ageAtOffence().map(age -> age < 18).orElse(false);
    }

    /** Conduct now lawful at 21 and an infraction below 21 (HS 11362.1, 11357(a), 11360(b)). */
    private static Baseline lawfulForAdults(ConvictionFacts c, Prop64Rule adult, Prop64Rule under21,
                                            Prop64Rule under21Infraction) {
        Optional<Integer> age = c.ageAtOffence();
        if (age.isEmpty()) {
            return Baseline.reviewUnlessCountyDecides(Prop64Rule.AGE_UNKNOWN.reason());
        }
        if (age.get() >= 21) {
            return Baseline.dismiss(adult.reason());
        }
        return switch (c.level()) {
            case FELONY, MISDEMEANOR -> Baseline.reduce(OffenceLevel.INFRACTION, under21.reason(levelWord(c)));
            case INFRACTION -> Baseline.noLesserOffence(under21Infraction.reason());
            case UNKNOWN -> Baseline.reviewUnlessCountyDecides(Prop64Rule.LEVEL_UNKNOWN.reason());
        };
    }

    /** Under 18 every one of these offences is now an infraction. */
    private static Baseline infractionUnder18(ConvictionFacts c) {
        return switch (c.level()) {
            case FELONY, MISDEMEANOR -> Baseline.reduce(OffenceLevel.INFRACTION,
                    Prop64Rule.UNDER_18.reason(c.offence().plain(), levelWord(c)));
            case INFRACTION -> Baseline.noLesserOffence(Prop64Rule.UNDER_18_INFRACTION.reason(c.offence().plain()));
            case UNKNOWN -> Baseline.reviewUnlessCountyDecides(Prop64Rule.LEVEL_UNKNOWN.reason());
        };
    }

    /** Possession by a person 18 or older: a felony is at most a misdemeanor now; a misdemeanor stays one. */
    private static Baseline possessionReducedElseUnchanged(ConvictionFacts c, Reason unchanged) {
        return switch (c.level()) {
            case FELONY -> felonyPossession(c);
            case MISDEMEANOR, INFRACTION -> Baseline.noLesserOffence(unchanged);
            case UNKNOWN -> Baseline.reviewUnlessCountyDecides(Prop64Rule.LEVEL_UNKNOWN.reason());
        };
    }

    private static Baseline felonyPossession(ConvictionFacts c) {
        return Baseline.reduce(OffenceLevel.MISDEMEANOR,
                Prop64Rule.POSSESSION_FELONY.reason(c.offence().plain(), c.section().canonical()));
    }

    /** Cultivation, possession for sale, sale: an infraction under 18, a misdemeanor from 18 (HS 11358-11360). */
    private static Baseline adultFelonyReduced(ConvictionFacts c, Prop64Rule felony, Prop64Rule lower) {
        if (isUnder18(c)) {
            return infractionUnder18(c);
        }
        return switch (c.level()) {
            case FELONY -> Baseline.reduce(OffenceLevel.MISDEMEANOR, felony.reason());
            case MISDEMEANOR, INFRACTION -> Baseline.noLesserOffence(lower.reason());
            case UNKNOWN -> Baseline.reviewUnlessCountyDecides(Prop64Rule.LEVEL_UNKNOWN.reason());
        };
    }

    private static String levelWord(ConvictionFacts c) {
        return c.level().name().toLowerCase(Locale.ROOT);
    }
}
