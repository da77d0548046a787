package org.recordrelief.store;

import java.time.Instant;
import java.time.LocalDate;

/** One run as the ledger keeps it. */
public record RunRecord(long runId, String adapterId, String county, String sourceName, LocalDate asOf,
                        String ruleSet, RunStatus status, Instant startedAt, Instant finishedAt,
                        Reconciliation reconciliation, String outputName, String failureReason) {
}
