package org.recordrelief.monitoring;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.Locale;
import org.recordrelief.routes.RunOutcome;

/**
 * What a county IT lead watches: rows read and quarantined, determinations by outcome, runs by status and
 * how long they took, per county. Counted when a run ends (figures of runs that failed are not counted,
 * their duration is).
 */
public final class RunMetrics {

    private final MeterRegistry registry;

    public RunMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    public void ended(RunOutcome outcome) {
        String county = outcome.adapterId();
        String status = outcome.status().name().toLowerCase(Locale.ROOT);
        Timer.builder("recordrelief.run.duration").description("how long county runs took, by how they ended")
                .tag("county", county).tag("status", status).register(registry).record(outcome.took());
        if (outcome.reconciliation() != null) {
            registry.counter("recordrelief.rows.read", "county", county).increment(outcome.reconciliation().rowsRead());
            registry.counter("recordrelief.rows.quarantined", "county", county)
                    .increment(outcome.reconciliation().rowsQuarantined());
        }
        if (outcome.summary() != null) {
            outcome.summary().byOutcome().forEach((what, n) -> registry.counter("recordrelief.determinations",
                    "county", county, "outcome", what.toString()).increment(n));
        }
    }
}
