package org.recordrelief.routes;

import java.util.List;
import org.recordrelief.report.RunSummary;
import org.recordrelief.store.Reconciliation;
import org.recordrelief.store.RunStatus;

/** How one run ended, for the command line and the tests. */
public record RunOutcome(String adapterId, long runId, String sourceName, RunStatus status,
                         Reconciliation reconciliation, RunSummary summary, String outputName, List<String> outputFiles,
                         String failureReason) {
}
