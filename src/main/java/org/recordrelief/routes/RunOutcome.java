package org.recordrelief.routes;

import java.util.List;
import org.recordrelief.report.RunSummary;
import org.recordrelief.store.Reconciliation;
import org.recordrelief.store.RunStatus;

/** How one run ended, for the command line, the metrics and the tests; {@code took} from its start to its end. */
public record RunOutcome(String adapterId, long runId, String sourceName, RunStatus status,
                         Reconciliation reconciliation, RunSummary summary, String outputName, List<String> outputFiles,
                         String failureReason, java.time.Duration took) {

    public RunOutcome(String adapterId, long runId, String sourceName, RunStatus status, Reconciliation reconciliation,
                      RunSummary summary, String outputName, List<String> outputFiles, String failureReason) {
        this(adapterId, runId, sourceName, status, reconciliation, summary, outputName, outputFiles, failureReason,
                java.time.Duration.ZERO);
    }
}
