package org.recordrelief.rules.prop64;

import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.recordrelief.model.OffenceLevel;
import org.recordrelief.rules.Reason;

/**
 * One county option turned into a rule: when it applies and how it explains itself.
 *
 * @param option     the option's key in the policy file (also its rule id, prefixed {@code COUNTY-})
 * @param levels     the levels it applies to; null means every level. A conviction of unknown level is
 *                   covered only when every level is (null, or all three listed): an option limited to
 *                   some levels cannot tell whether it applies.
 * @param referredTo for a referral, the agency; otherwise null
 * @param applies    the condition on the conviction
 * @param explain    the plain-language reason
 */
record CountyRule(String option, Set<OffenceLevel> levels, String referredTo, Predicate<ConvictionFacts> applies,
                  Function<ConvictionFacts, String> explain) {

    /** Options that look at the person's whole history, so cannot be relied on when a record is unreadable. */
    private static final Set<String> RESTING_ON_HISTORY = Set.of("crimeFreeYears", "onlyConvictionSentenceComplete",
            "onlyProp64ConvictionsSentencesComplete");

    boolean restsOnHistory() {
        return RESTING_ON_HISTORY.contains(option);
    }

    boolean appliesTo(ConvictionFacts c) {
        return coversLevel(c.level()) && applies.test(c);
    }

    private boolean coversLevel(OffenceLevel level) {
        if (levels == null) {
            return true;
        }
        return level == OffenceLevel.UNKNOWN ? levels.containsAll(Prop64Options.ALL_LEVELS) : levels.contains(level);
    }

    Reason reason(ConvictionFacts c, String authority) {
        return new Reason("COUNTY-" + option, authority, explain.apply(c));
    }
}
