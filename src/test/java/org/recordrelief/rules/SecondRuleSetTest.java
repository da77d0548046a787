package org.recordrelief.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.recordrelief.model.OffenceLevel.FELONY;
import static org.recordrelief.model.OffenceLevel.MISDEMEANOR;
import static org.recordrelief.testing.HistoryBuilder.person;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.recordrelief.model.PersonHistory;
import org.recordrelief.testing.Policies;

/**
 * A second rule set is a class plus configuration: {@link ExampleWaitingPeriodRuleSet} lives in the
 * test sources, is registered in the test class path's META-INF/services, and is chosen by a policy file.
 */
class SecondRuleSetTest {

    @Test
    void aPolicyFileChoosesTheOtherRuleSet() {
        CountyPolicy<?> policy = Policies.fromYaml("county: Kern\nruleSet: example-waiting-period\n"
                + "options: {years: 4}\n", "kern.yaml");
        assertThat(policy.ruleSet()).isInstanceOf(ExampleWaitingPeriodRuleSet.class);
        PersonHistory h = person("p").born("1970-01-01").inCounty("KERN")
                .convicted("459 PC", MISDEMEANOR, "2015-01-01").build();
        List<Determination> out = policy.evaluate(h, LocalDate.of(2020, 1, 1));
        assertThat(out).singleElement().satisfies(d -> {
            assertThat(d.outcome()).isEqualTo(Outcome.DISMISS);
            assertThat(d.ruleSetVersion()).isEqualTo("example-waiting-period/1");
        });
        PersonHistory felony = person("p").born("1970-01-01").inCounty("KERN")
                .convicted("459 PC", FELONY, "2015-01-01").build();
        assertThat(policy.evaluate(felony, LocalDate.of(2020, 1, 1))).singleElement()
                .extracting(Determination::outcome).isEqualTo(Outcome.NOT_ELIGIBLE);
    }

    @Test
    void itsOptionsGetTheSameFileKeyFixErrors() {
        assertThatThrownBy(() -> Policies.fromYaml("county: Kern\nruleSet: example-waiting-period\n"
                + "options: {yaers: 4}\n", "kern.yaml"))
                .isInstanceOf(PolicyException.class)
                .hasMessageContaining("at 'options.yaers'").hasMessageContaining("did you mean 'years'?");
    }
}
