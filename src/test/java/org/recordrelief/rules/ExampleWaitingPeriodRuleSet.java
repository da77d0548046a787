package org.recordrelief.rules;

import java.time.LocalDate;
import java.util.List;
import org.recordrelief.model.CaseCharge;
import org.recordrelief.model.OffenceLevel;
import org.recordrelief.model.PersonHistory;

/**
 * A deliberately small second rule set for {@link SecondRuleSetTest}: misdemeanors older than a waiting
 * period are dismissed, everything else is not eligible. It is not law; it proves the extension point
 * that Clean Slate (PC 1203.425) will use.
 */
public final class ExampleWaitingPeriodRuleSet implements RuleSet<ExampleWaitingPeriodRuleSet.Options> {

    /** The example's only option. */
    public record Options(Integer years) implements PolicyOptions {
        @Override
        public void validate(PolicyValidation v) {
            v.requireRange(years, 1, 20, "options.years", "the waiting period");
        }
    }

    @Override
    public String id() {
        return "example-waiting-period";
    }

    @Override
    public String version() {
        return id() + "/1";
    }

    @Override
    public Class<Options> optionsType() {
        return Options.class;
    }

    @Override
    public Options statuteOnly() {
        return new Options(1);
    }

    @Override
    public List<Determination> evaluate(PersonHistory history, CountyPolicy<Options> policy, LocalDate asOf) {
        return history.convictions()
                .filter(cc -> cc.courtCase().isInCounty(policy.county()))
                .map(cc -> decide(history, cc, policy.options(), asOf))
                .toList();
    }

    private Determination decide(PersonHistory history, CaseCharge cc, Options options, LocalDate asOf) {
        boolean waited = cc.charge().level() == OffenceLevel.MISDEMEANOR
                && !cc.charge().convictionDate().plusYears(options.years()).isAfter(asOf);
        Reason reason = new Reason("EXAMPLE-WAIT", "example only", waited ? "waited long enough" : "not yet");
        return new Determination(history.person().personId(), cc.courtCase().caseId(), cc.charge().chargeId(),
                cc.charge().code().canonical(), cc.charge().level(), waited ? Outcome.DISMISS : Outcome.NOT_ELIGIBLE,
                null, List.of(reason), null, null, DeterminationRole.PRIMARY, List.of(), version());
    }
}
