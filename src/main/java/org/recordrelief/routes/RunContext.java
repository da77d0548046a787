package org.recordrelief.routes;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.recordrelief.adapter.CompiledAdapter;
import org.recordrelief.pipeline.PersonGroups;
import org.recordrelief.pipeline.RunPass;
import org.recordrelief.report.RunSummary;
import org.recordrelief.store.Reconciliation;

/** The state of one county run as it moves through the routes' stages. Safe to log: no personal data. */
public final class RunContext implements Delivery {

    private final long runId;
    private final CompiledAdapter adapter;
    private final String sourceName;
    private final LocalDate asOf;
    private final RunPass pass;
    private final PersonGroups people;
    private RunPass.Result result;
    private String skippedBecause;
    private Path sourceFile;
    private java.util.function.Supplier<String> sourceSha256;
    private Runnable whenCompleted = () -> { };
    private Progress progress = new Progress("", -1, () -> 0, null);
    private final java.time.Instant started = java.time.Instant.now();
    private final java.util.concurrent.atomic.AtomicBoolean failureRecorded = new java.util.concurrent.atomic.AtomicBoolean();

    RunContext(long runId, CompiledAdapter adapter, String sourceName, LocalDate asOf, RunPass pass,
               PersonGroups people) {
        this.runId = runId;
        this.adapter = adapter;
        this.sourceName = sourceName;
        this.asOf = asOf;
        this.pass = pass;
        this.people = people;
    }

    /** The export file and how to get its SHA-256 (from the pass that read it, else by reading it again). */
    void sourceFile(Path file, java.util.function.Supplier<String> sha256) {
        this.sourceFile = file;
        this.sourceSha256 = sha256;
    }

    /** Records the export file's size and SHA-256, so the same contents are recognised later. */
    void recordSource(org.recordrelief.store.RunLedger ledger) {
        if (sourceFile != null) {
            try {
                ledger.source(runId, java.nio.file.Files.size(sourceFile), sourceSha256.get());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException("cannot read the size of " + sourceFile, e);
            }
        }
    }

    /** How long the run has taken so far. */
    java.time.Duration took() {
        return java.time.Duration.between(started, java.time.Instant.now());
    }

    void progress(Progress progress) {
        this.progress = progress;
    }

    Progress progress() {
        return progress;
    }

    /** What is kept only once the run completed (an incremental read's watermark). */
    void whenCompleted(Runnable step) {
        this.whenCompleted = step;
    }

    void completed() {
        whenCompleted.run();
    }

    /** A run that does nothing: the export's contents were processed before. */
    static RunContext skipped(long runId, CompiledAdapter adapter, String sourceName, LocalDate asOf, String reason) {
        RunContext run = new RunContext(runId, adapter, sourceName, asOf, null, null);
        run.skippedBecause = reason;
        return run;
    }

    /**
     * True the first time only. The delivery route writes each file on an exchange of its own (a split): a
     * file that cannot be written reaches the error handler on that exchange and again on the run's.
     */
    boolean firstFailure() {
        return failureRecorded.compareAndSet(false, true);
    }

    /** True when the run was skipped; the route then stops (nothing to evaluate or deliver). */
    public boolean isSkipped() {
        return skippedBecause != null;
    }

    String skippedBecause() {
        return skippedBecause;
    }

    /** True when the county's results wait for a reviewer's approval before they are delivered. */
    public boolean awaitsApproval() {
        return adapter.approvalRequired();
    }

    @Override
    public org.recordrelief.pipeline.PendingResults results() {
        return result.files();
    }

    @Override
    public long runId() {
        return runId;
    }

    @Override
    public CompiledAdapter adapter() {
        return adapter;
    }

    public String sourceName() {
        return sourceName;
    }

    public LocalDate asOf() {
        return asOf;
    }

    RunPass pass() {
        return pass;
    }

    PersonGroups people() {
        return people;
    }

    void result(RunPass.Result result) {
        this.result = result;
    }

    public RunSummary summary() {
        return result.summary();
    }

    public Reconciliation reconciliation() {
        return result.reconciliation();
    }

    public String outputName() {
        return result.outputName();
    }

    @Override
    public String toString() {
        return "run " + runId + " of " + adapter.id() + " on " + sourceName;
    }
}
