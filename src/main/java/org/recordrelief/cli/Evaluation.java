package org.recordrelief.cli;

import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import org.recordrelief.model.PersonHistory;
import org.recordrelief.report.RunSummary;
import org.recordrelief.report.SummaryAccumulator;
import org.recordrelief.rules.CountyPolicy;
import org.recordrelief.rules.Determination;

/** Evaluates a stream of histories for one county, person by person, and sums them up. */
final class Evaluation {

    private Evaluation() {
    }

    static RunSummary run(CountyPolicy<?> policy, Iterator<PersonHistory> people, LocalDate asOf,
                          Consumer<Determination> sink) {
        SummaryAccumulator summary = new SummaryAccumulator(policy.county(), policy.ruleSet().version(), asOf);
        while (people.hasNext()) {
            PersonHistory history = people.next();
            List<Determination> determinations = policy.evaluate(history, asOf);
            determinations.forEach(sink);
            summary.add(history, determinations);
        }
        return summary.summary();
    }
}
