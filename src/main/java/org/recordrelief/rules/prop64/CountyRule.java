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
 * @param levels     the levels it applies to; null means every level, unknown included
 * @param referredTo for a referral, the agency; otherwise null
 * @param applies    the condition on the conviction
 * @param explain    the plain-language reason
 */
record CountyRule(String option, Set<OffenceLevel> levels, String referredTo, Predicate<ConvictionFacts> applies,
                  Function<ConvictionFacts, String> explain) {

    boolean appliesTo(ConvictionFacts c) {
        return (levels == null || levels.contains(c.level())) && applies.test(c);
    }

    Reason reason(ConvictionFacts c, String authority) {
        return new Reason("COUNTY-" + option, authority, explain.apply(c));
    }
}
