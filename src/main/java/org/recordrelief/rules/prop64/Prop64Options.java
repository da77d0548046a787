package org.recordrelief.rules.prop64;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.recordrelief.model.OffenceLevel;
import org.recordrelief.rules.PolicyOptions;
import org.recordrelief.rules.PolicyValidation;

/**
 * The county options of the Prop 64 rule set: the {@code options:} map of a county policy file. Every
 * option is off unless the file sets it. docs/rules.md explains each one and which pilot county used it.
 *
 * @param dismissMisdemeanorsAndInfractions     dismiss every cannabis misdemeanor and infraction
 * @param dismissAll11357                        dismiss every HS 11357 conviction, felonies included
 * @param youngAtOffence                         dismiss when the person was under an age at the offence
 * @param ageAtLeast                             dismiss when the person is at least an age on the as-of date
 * @param crimeFreeYears                         dismiss when the person has no conviction in the last N years
 * @param convictionOlderThan                    dismiss when the conviction is more than N years old
 * @param onlyConvictionSentenceComplete         dismiss the person's only conviction once its sentence is complete
 * @param onlyProp64ConvictionsSentencesComplete dismiss when all convictions are Prop 64 ones, all sentences complete
 * @param dismissDeceased                        dismiss when the person has died
 * @param handReviewWhileServing                 send convictions whose sentence is still being served to review
 * @param misdemeanorsReferredTo                 the agency that reviews cannabis misdemeanors and infractions
 * @param relatedCharges                         sections dismissed with a dismissed cannabis count of the same case
 * @param pleaBargainReview                      sections sent to review when the same case had a cannabis charge
 */
public record Prop64Options(
        boolean dismissMisdemeanorsAndInfractions,
        boolean dismissAll11357,
        YoungAtOffence youngAtOffence,
        AgeAtLeast ageAtLeast,
        YearsWindow crimeFreeYears,
        YearsWindow convictionOlderThan,
        boolean onlyConvictionSentenceComplete,
        boolean onlyProp64ConvictionsSentencesComplete,
        boolean dismissDeceased,
        boolean handReviewWhileServing,
        String misdemeanorsReferredTo,
        List<String> relatedCharges,
        List<String> pleaBargainReview) implements PolicyOptions {

    /** The three levels a conviction can have; an option listing all three covers unknown levels too. */
    static final Set<OffenceLevel> ALL_LEVELS = Set.copyOf(EnumSet.of(OffenceLevel.FELONY, OffenceLevel.MISDEMEANOR,
            OffenceLevel.INFRACTION));

    public static Prop64Options none() {
        return new Prop64Options(false, false, null, null, null, null, false, false, false, false, null, null, null);
    }

    /** Under {@code underAge} at the offence, e.g. Sacramento's "under 21" or Los Angeles's "21 or under" (22). */
    public record YoungAtOffence(Integer underAge, Set<OffenceLevel> levels) {
    }

    /** At least {@code age} years old on the as-of date. */
    public record AgeAtLeast(Integer age, Set<OffenceLevel> levels) {
    }

    /** A number of years, optionally limited to some levels. */
    public record YearsWindow(Integer years, Set<OffenceLevel> levels) {
    }

    @Override
    public void validate(PolicyValidation v) {
        if (youngAtOffence != null) {
            v.requireRange(youngAtOffence.underAge(), 15, 30, "options.youngAtOffence.underAge", "the age limit");
            requireLevels(v, youngAtOffence.levels(), "options.youngAtOffence.levels");
        }
        if (ageAtLeast != null) {
            v.requireRange(ageAtLeast.age(), 21, 120, "options.ageAtLeast.age", "the age");
            requireLevels(v, ageAtLeast.levels(), "options.ageAtLeast.levels");
        }
        if (crimeFreeYears != null) {
            v.requireRange(crimeFreeYears.years(), 1, 60, "options.crimeFreeYears.years", "the number of years");
            requireLevels(v, crimeFreeYears.levels(), "options.crimeFreeYears.levels");
        }
        if (convictionOlderThan != null) {
            v.requireRange(convictionOlderThan.years(), 1, 80, "options.convictionOlderThan.years",
                    "the number of years");
            requireLevels(v, convictionOlderThan.levels(), "options.convictionOlderThan.levels");
        }
        if (misdemeanorsReferredTo != null) {
            v.require(!misdemeanorsReferredTo.isBlank(), "options.misdemeanorsReferredTo", "the agency name is empty",
                    "name the agency, e.g. 'Los Angeles City Attorney', or remove the option");
        }
        if (relatedCharges != null) {
            v.sections(relatedCharges, "options.relatedCharges");
        }
        if (pleaBargainReview != null) {
            v.sections(pleaBargainReview, "options.pleaBargainReview");
        }
    }

    private static void requireLevels(PolicyValidation v, Set<OffenceLevel> levels, String key) {
        if (levels == null) {
            return;
        }
        v.require(!levels.isEmpty(), key, "the list of levels is empty",
                "list the levels it applies to, e.g. [FELONY] or [MISDEMEANOR, INFRACTION], or remove 'levels'");
        v.require(!levels.contains(OffenceLevel.UNKNOWN), key, "UNKNOWN is not a level an option can apply to",
                "use FELONY, MISDEMEANOR or INFRACTION");
    }
}
