package org.recordrelief.routes;

import java.util.ArrayList;
import java.util.List;
import org.recordrelief.report.RunSummary;
import org.recordrelief.report.SummaryAccumulator;
import org.recordrelief.model.PersonHistory;
import org.recordrelief.rules.CountyPolicy;
import org.recordrelief.rules.Determination;
import org.recordrelief.store.DeterminationStore;
import org.recordrelief.store.HistoryAssembler;
import org.recordrelief.store.StagedPersonReader;
import org.recordrelief.store.StagingStore;

/** Reads the staged rows back one person at a time, evaluates each history and stores the determinations. */
final class EvaluateStage {

    private static final int BATCH = 1000;

    private final StagedPersonReader reader;
    private final StagingStore staging;
    private final DeterminationStore determinations;
    private final HistoryAssembler assembler = new HistoryAssembler();

    EvaluateStage(StagedPersonReader reader, StagingStore staging, DeterminationStore determinations) {
        this.reader = reader;
        this.staging = staging;
        this.determinations = determinations;
    }

    RunSummary evaluate(RunContext run) {
        CountyPolicy<?> policy = run.adapter().policy();
        SummaryAccumulator summary = new SummaryAccumulator(policy.county(), policy.ruleSet().version(), run.asOf());
        List<DeterminationStore.Located> batch = new ArrayList<>(BATCH);
        List<org.recordrelief.adapter.mapping.QuarantinedRow> duplicates = new ArrayList<>();
        reader.forEachPerson(run.runId(), staged -> {
            HistoryAssembler.Assembled person = assembler.assemble(staged.personId(), staged.rows());
            duplicates.addAll(person.duplicates());
            PersonHistory history = person.history().withUnreadableLines(staged.unreadableLines());
            List<Determination> result = policy.evaluate(history, run.asOf());
            for (Determination d : result) {
                batch.add(new DeterminationStore.Located(d, person.firstLines().get(d.chargeReference())));
            }
            summary.add(history, result);
            if (batch.size() >= BATCH) {
                determinations.insert(run.runId(), batch);
                batch.clear();
            }
        });
        determinations.insert(run.runId(), batch);
        staging.moveToQuarantine(run.runId(), run.sourceName(), duplicates);
        summary.quarantinedForReview(staging.countQuarantinedForReview(run.runId()));
        return summary.summary();
    }
}
