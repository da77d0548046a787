package org.recordrelief.rules;

import java.time.LocalDate;
import java.util.List;
import org.recordrelief.model.PersonHistory;

/**
 * A body of law the evaluator can apply: Proposition 64 today, Clean Slate (PC 1203.425) next. A rule
 * set is a class registered in {@code META-INF/services/org.recordrelief.rules.RuleSet} with its own
 * options type; a county picks it with {@code ruleSet: <id>} in its policy file.
 *
 * <p>Implementations are pure functions of their inputs: no I/O, no clock, no Camel.
 */
public interface RuleSet<O extends PolicyOptions> {

    /** The id a policy file names, e.g. {@code prop64}. */
    String id();

    /** Changes whenever a rule's result can change; stamped on every determination. */
    String version();

    /** The record the {@code options:} map binds to. */
    Class<O> optionsType();

    /** Options used when a policy file has no {@code options:} map: the statute alone. */
    O statuteOnly();

    /**
     * Evaluates one person's whole history for one county.
     *
     * @param history the person's history in every county; only {@code county}'s counts get determinations
     * @param policy  the county's policy (county name, authority, options)
     * @param asOf    the date completion, ages and "years since" are judged on
     * @return determinations in a stable order, independent of the order of the history's records
     */
    List<Determination> evaluate(PersonHistory history, CountyPolicy<O> policy, LocalDate asOf);

    /**
     * Whether code text may name an offence this rule set decides. A code the parser cannot read then still
     * reaches the rule set (which decides it, usually by sending it to review) instead of quarantine, and a
     * quarantined row with such text is marked for a reviewer. No by default.
     */
    default boolean mayConcern(String codeText) {
        return false;
    }
}
