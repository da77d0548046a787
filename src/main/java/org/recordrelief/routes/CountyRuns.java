package org.recordrelief.routes;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.recordrelief.adapter.CompiledAdapter;
import org.recordrelief.adapter.mapping.Pseudonymizer;
import org.recordrelief.formats.RowReader;
import org.recordrelief.formats.SourceRow;
import org.recordrelief.formats.UnreadableSourceException;
import org.recordrelief.store.DeterminationStore;
import org.recordrelief.store.OutputReader;
import org.recordrelief.store.QuarantineReader;
import org.recordrelief.store.Reconciliation;
import org.recordrelief.store.RunLedger;
import org.recordrelief.store.RunStatus;
import org.recordrelief.store.StagedPersonReader;
import org.recordrelief.store.StagingStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bean the routes call, one method per stage of a county run: begin, chunks, stage, evaluate,
 * write back, finish, and failed. It holds no Camel types, so the whole pipeline is testable without
 * Camel; the routes in {@code routes/} only wire the stages to endpoints.
 */
public final class CountyRuns {

    private static final Logger LOG = LoggerFactory.getLogger(CountyRuns.class);

    private final Map<String, CompiledAdapter> adapters;
    private final Path workDir;
    private final Pseudonymizer pseudonymizer;
    private final Supplier<LocalDate> asOf;
    private final Consumer<RunOutcome> listener;
    private final RunLedger ledger;
    private final StagingStore staging;
    private final IngestStage ingest;
    private final EvaluateStage evaluate;
    private final WriteBackStage writeBack;

    public CountyRuns(List<CompiledAdapter> adapters, DataSource dataSource, Path workDir, Pseudonymizer pseudonymizer,
                      Supplier<LocalDate> asOf, Consumer<RunOutcome> listener) {
        this.adapters = adapters.stream().collect(java.util.stream.Collectors.toMap(CompiledAdapter::id, a -> a));
        this.workDir = workDir;
        this.pseudonymizer = pseudonymizer;
        this.asOf = asOf;
        this.listener = listener;
        this.ledger = new RunLedger(dataSource);
        this.staging = new StagingStore(dataSource);
        this.ingest = new IngestStage(staging);
        this.evaluate = new EvaluateStage(new StagedPersonReader(dataSource), staging, new DeterminationStore(dataSource));
        this.writeBack = new WriteBackStage(new OutputReader(dataSource), new QuarantineReader(dataSource), workDir);
    }

    /**
     * Opens the source and records the run. {@code body} is the export file (or a stream of it), or the
     * rows of a database query.
     */
    public RunContext begin(String adapterId, String sourceName, Object body) {
        CompiledAdapter adapter = adapter(adapterId);
        RowReader reader;
        if (body instanceof File file) {
            reader = adapter.openReader(open(file));
        } else if (body instanceof InputStream in) {
            reader = adapter.openReader(in);
        } else if (body instanceof Iterator<?> rows) {
            reader = new MapRowReader(rows, adapter.sourceColumns());
        } else if (body instanceof List<?> rows) {
            reader = new MapRowReader(rows.iterator(), adapter.sourceColumns());
        } else {
            throw new IllegalArgumentException("cannot read a " + (body == null ? "null" : body.getClass().getName())
                    + " as an export");
        }
        LocalDate date = asOf.get();
        long runId = ledger.start(adapterId, adapter.county(), sourceName, date, adapter.policy().ruleSet().version());
        LOG.info("{}: run {} started on {} (as of {})", adapterId, runId, sourceName, date);
        return new RunContext(runId, adapter, sourceName, date, reader, adapter.mapper(pseudonymizer, LocalDate.now()));
    }

    public Iterator<List<SourceRow>> chunks(RunContext run) {
        return ingest.chunks(run);
    }

    public void stage(RunContext run, List<SourceRow> chunk) {
        ingest.stage(run, chunk);
    }

    public void evaluate(RunContext run) {
        run.reader().close();
        run.summary(evaluate.evaluate(run));
    }

    /** Writes the results; returns the files for the county's outbox. */
    public List<File> writeBack(RunContext run) {
        List<Path> files = writeBack.write(run);
        run.outputs().addAll(files);
        return files.stream().map(Path::toFile).toList();
    }

    /** Reconciles the run and records it as completed. */
    public void finish(RunContext run) {
        Reconciliation r = new Reconciliation(run.rowsRead(), staging.countLoaded(run.runId()),
                staging.countQuarantined(run.runId()));
        run.reconciliation(r);
        ledger.complete(run.runId(), r, run.summary(), run.outputName());
        for (Path tmp : run.outputs()) {
            deleteQuietly(tmp);
        }
        if (!r.balances()) {
            LOG.error("{}: run {} does not reconcile: {}", run.adapter().id(), run.runId(), r);
        }
        LOG.info("{}: run {} completed: {}; {}", run.adapter().id(), run.runId(), r, String.format(Locale.ROOT,
                "%,d convictions eligible, %,d dismissed, %,d reduced", run.summary().convictionsEligible(),
                run.summary().dismissed(), run.summary().reduced()));
        listener.accept(new RunOutcome(run.adapter().id(), run.runId(), run.sourceName(), RunStatus.COMPLETED, r,
                run.summary(), run.outputName(), run.outputs().stream().map(p -> p.getFileName().toString()).toList(),
                null));
    }

    /**
     * Records a run that could not finish: nothing of it is kept but the ledger row and, for a file, a
     * reason file next to the file in the failed folder (the file consumer moves it there).
     */
    public void failed(String adapterId, String sourceName, RunContext run, Exception cause, String failedFileName) {
        String reason = reasonFor(cause);
        CompiledAdapter adapter = adapters.get(adapterId);
        long runId;
        if (run != null) {
            runId = run.runId();
            run.reader().close();
            staging.discard(runId);
        } else {
            runId = ledger.start(adapterId, adapter == null ? "?" : adapter.county(), sourceName, asOf.get(),
                    adapter == null ? "?" : adapter.policy().ruleSet().version());
        }
        ledger.fail(runId, reason);
        if (failedFileName != null && adapter != null && adapter.isFileSource()) {
            writeReasonFile(adapterId, sourceName, runId, reason, failedFileName);
        }
        LOG.warn("{}: run {} on {} failed: {}", adapterId, runId, sourceName, reason);
        listener.accept(new RunOutcome(adapterId, runId, sourceName, RunStatus.FAILED, null, null, null, List.of(),
                reason));
    }

    /** The unreadable-source message when that is the cause (Camel wraps it), else the technical failure. */
    static String reasonFor(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof UnreadableSourceException) {
                return t.getMessage();
            }
        }
        Throwable root = cause;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return "technical failure: " + root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    private void writeReasonFile(String adapterId, String sourceName, long runId, String reason, String failedFileName) {
        Path failed = WorkFolders.of(workDir, adapterId).create().failed();
        String text = "record-relief could not process this file; nothing from it was loaded.\n"
                + "County adapter: " + adapterId + "\n"
                + "Source file:    " + sourceName + "\n"
                + "Moved here as:  " + failedFileName + "\n"
                + "Run:            " + runId + " (FAILED at " + Instant.now() + ")\n"
                + "Reason:         " + reason + "\n\n"
                + "What to do: correct the file (or the county's adapter.yaml), then move the file back into the "
                + "county's inbox.\n";
        try {
            Files.writeString(failed.resolve(failedFileName + ".reason.txt"), text);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the reason file in " + failed, e);
        }
    }

    private static InputStream open(File file) {
        try {
            return Files.newInputStream(file.toPath());
        } catch (IOException e) {
            throw new UnreadableSourceException("cannot open the file: " + e.getMessage(), e);
        }
    }

    private CompiledAdapter adapter(String adapterId) {
        CompiledAdapter adapter = adapters.get(adapterId);
        if (adapter == null) {
            throw new IllegalArgumentException("no county adapter '" + adapterId + "'");
        }
        return adapter;
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a temporary copy; the outbox has the real one
        }
    }
}
