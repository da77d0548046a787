package org.recordrelief.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.recordrelief.rules.prop64.Prop64Options;
import org.recordrelief.testing.Policies;

class PolicyLoaderTest {

    @ParameterizedTest
    @ValueSource(strings = {"sacramento", "san-joaquin", "los-angeles", "san-francisco"})
    void loadsEveryPilotPolicy(String county) {
        CountyPolicy<?> policy = new PolicyLoader().load(Path.of("county-adapters", county, "policy.yaml"));
        assertThat(policy.ruleSet().id()).isEqualTo("prop64");
        assertThat(policy.county()).isEqualTo(county.replace('-', ' ').toUpperCase());
        assertThat(policy.authority()).contains("District Attorney");
    }

    @Test
    void sacramentoPolicyHasThePressReleaseOptions() {
        Prop64Options o = (Prop64Options) new PolicyLoader()
                .load(Path.of("county-adapters/sacramento/policy.yaml")).options();
        assertThat(o.dismissMisdemeanorsAndInfractions()).isTrue();
        assertThat(o.crimeFreeYears().years()).isEqualTo(10);
        assertThat(o.onlyConvictionSentenceComplete()).isTrue();
        assertThat(o.youngAtOffence().underAge()).isEqualTo(21);
        assertThat(o.dismissAll11357()).isFalse();
    }

    @Test
    void noOptionsMeansTheStatuteAlone() {
        CountyPolicy<?> policy = Policies.fromYaml("county: Kern\nruleSet: prop64\n", "kern.yaml");
        assertThat(policy.options()).isEqualTo(Prop64Options.none());
        assertThat(policy.authority()).isEqualTo("County policy of KERN");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown option, with a suggestion | options: {crimeFreeYear: {years: 10}}                     | options.crimeFreeYear | did you mean 'crimeFreeYears'?
            unknown nested key                | options: {crimeFreeYears: {yeers: 10}}                    | options.crimeFreeYears.yeers | did you mean 'years'?
            words for a number                | options: {crimeFreeYears: {years: ten}}                   | options.crimeFreeYears.years | 'ten' is not a whole number
            a fraction of a year              | options: {crimeFreeYears: {years: 2.5}}                   | options.crimeFreeYears.years | not
            number out of range               | options: {crimeFreeYears: {years: 0}}                     | options.crimeFreeYears.years | must be from 1 to 60, got 0
            years missing                     | options: {crimeFreeYears: {levels: [F]}}                  | options.crimeFreeYears.years | the number of years is missing
            unknown level                     | options: {ageAtLeast: {age: 50, levels: [FELONIES]}}     | options.ageAtLeast.levels[0] | unknown offence level 'FELONIES'
            UNKNOWN as a level                | options: {ageAtLeast: {age: 50, levels: [UNKNOWN]}}      | options.ageAtLeast.levels | UNKNOWN is not a level
            empty levels                      | options: {youngAtOffence: {underAge: 21, levels: []}}    | options.youngAtOffence.levels | the list of levels is empty
            true written as text              | options: {dismissDeceased: maybe}                         | options.dismissDeceased | 'maybe' is not a true/false value
            option with no value              | 'options: {dismissDeceased: }'                            | options.dismissDeceased | has no value
            unreadable related section        | options: {relatedCharges: [PC 647(f), disorderly conduct]} | options.relatedCharges[1] | 'disorderly conduct' is not a code section
            empty referral agency             | options: {misdemeanorsReferredTo: ' '}                    | options.misdemeanorsReferredTo | the agency name is empty
            options not a map                 | 'options: [dismissDeceased]'                              | options | must be a map
            """)
    void badOptionNamesTheFileTheKeyAndTheFix(String what, String optionsLine, String key, String problem) {
        String yaml = "county: Sacramento\nruleSet: prop64\n" + optionsLine + "\n";
        assertThatThrownBy(() -> Policies.fromYaml(yaml, "county-adapters/x/policy.yaml"))
                .isInstanceOfSatisfying(PolicyException.class, e -> {
                    assertThat(e.file()).isEqualTo("county-adapters/x/policy.yaml");
                    assertThat(e.key()).isEqualTo(key);
                })
                .hasMessageStartingWith("Bad county policy county-adapters/x/policy.yaml at '" + key + "'")
                .hasMessageContaining(problem)
                .hasMessageContaining("Fix: ");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown rule set     | county: Kern\\nruleSet: prop46\\n               | ruleSet   | unknown rule set 'prop46' (did you mean 'prop64'?)
            missing county       | ruleSet: prop64\\n                              | county    | missing or empty
            misspelt top key     | county: Kern\\nruleSet: prop64\\noption: {}\\n  | option    | did you mean 'options'?
            not YAML             | 'county: [Kern\\n'                              | (document) | not valid YAML
            empty file           | ''                                              | (document) | empty
            """)
    void badDocumentNamesTheKey(String what, String yaml, String key, String problem) {
        assertThatThrownBy(() -> Policies.fromYaml(yaml.replace("\\n", "\n"), "p.yaml"))
                .isInstanceOfSatisfying(PolicyException.class, e -> assertThat(e.key()).isEqualTo(key))
                .hasMessageContaining(problem)
                .hasMessageContaining("Fix: ");
    }
}
