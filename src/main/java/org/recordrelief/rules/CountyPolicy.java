package org.recordrelief.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.recordrelief.model.CourtCase;
import org.recordrelief.model.PersonHistory;

/**
 * One county's choice of rule set and options, as loaded from its policy file.
 *
 * @param county    the county whose convictions get determinations, normalised ("SACRAMENTO")
 * @param authority who decided the policy; cited in the reasons of county options
 * @param ruleSet   the rule set
 * @param options   the county's options for that rule set
 * @param source    the file it came from, for messages
 */
public record CountyPolicy<O extends PolicyOptions>(String county, String authority, RuleSet<O> ruleSet, O options,
                                                    String source) {

    public CountyPolicy {
        Objects.requireNonNull(county, "county");
        Objects.requireNonNull(ruleSet, "ruleSet");
        Objects.requireNonNull(options, "options");
        county = CourtCase.normaliseCounty(county);
        authority = authority == null ? "County policy of " + county : authority;
    }

    public List<Determination> evaluate(PersonHistory history, LocalDate asOf) {
        return ruleSet.evaluate(history, this, asOf);
    }

    /** The statute alone, no county options: the baseline every county starts from. */
    public static <O extends PolicyOptions> CountyPolicy<O> statuteOnly(String county, RuleSet<O> ruleSet) {
        return new CountyPolicy<>(county, null, ruleSet, ruleSet.statuteOnly(), "(statute only)");
    }
}
