package org.recordrelief.routes;

import org.recordrelief.store.OwnerOnly;
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
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.recordrelief.adapter.CompiledAdapter;
import org.recordrelief.adapter.SftpSettings;
import org.recordrelief.adapter.mapping.Pseudonymizer;
import org.recordrelief.formats.UnreadableSourceException;
import org.recordrelief.store.DeterminationStore;
import org.recordrelief.pipeline.PendingResults;
import org.recordrelief.pipeline.PersonRows;
import org.recordrelief.pipeline.ResultsTable;
import org.recordrelief.pipeline.ReplayableRows;
import org.recordrelief.pipeline.RunPass;
import org.recordrelief.store.QuarantineStore;
import org.recordrelief.store.Reconciliation;
import org.recordrelief.store.RunLedger;
import org.recordrelief.store.RunRecord;
import org.recordrelief.store.RunStatus;
import org.recordrelief.store.Watermarks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bean the routes call, one method per stage of a county run: begin, people, decide, write back,
 * finish, and failed. It holds no Camel types, so the whole pipeline is testable without
 * Camel; the routes in {@code routes/} only wire the stages to endpoints.
 */
public final class CountyRuns {

    private static final Logger LOG = LoggerFactory.getLogger(CountyRuns.class);
    /** The delivery route writes under this prefix and renames when complete (routes/county-sources.camel.yaml). */
    static final String PARTIAL_DELIVERY_PREFIX = ".part-";

    private final Map<String, CompiledAdapter> adapters;
    private final Path workDir;
    private final boolean reprocess;
    /** Set for an instance of a cluster: its counties' exports are the cluster's, and so is what it processed. */
    private volatile boolean sharedCounties;
    private final Consumer<String> onIdle;
    private final java.util.function.BiConsumer<String, String> onUnavailable;
    private final Pseudonymizer pseudonymizer;
    private final Supplier<LocalDate> asOf;
    private final Consumer<RunOutcome> listener;
    private final RunLedger ledger;
    private final QuarantineStore quarantine;
    private final DeterminationStore determinations;
    private final Watermarks watermarks;
    private final org.recordrelief.store.PersonStore people;
    /** Database counties whose read is going, since when. */
    private volatile boolean abandoned;
    private final Map<String, Instant> going = new java.util.concurrent.ConcurrentHashMap<>();
    /** Database counties' last read: when it started and ended. */
    private final Map<String, Instant[]> lastRead = new java.util.concurrent.ConcurrentHashMap<>();

    /** @param reprocess process a file again even when a completed run had the same contents */
    public CountyRuns(List<CompiledAdapter> adapters, DataSource dataSource, Path workDir, Pseudonymizer pseudonymizer,
                      Supplier<LocalDate> asOf, boolean reprocess, Consumer<RunOutcome> listener,
                      Consumer<String> onIdle, java.util.function.BiConsumer<String, String> onUnavailable) {
        this.reprocess = reprocess;
        this.onIdle = onIdle;
        this.onUnavailable = onUnavailable;
        this.adapters = adapters.stream().collect(java.util.stream.Collectors.toMap(CompiledAdapter::id, a -> a));
        this.workDir = workDir;
        this.pseudonymizer = pseudonymizer;
        this.asOf = asOf;
        this.listener = listener;
        this.ledger = new RunLedger(dataSource, workDir);
        this.quarantine = new QuarantineStore(dataSource);
        this.determinations = new DeterminationStore(dataSource);
        this.watermarks = new Watermarks(dataSource);
        this.people = new org.recordrelief.store.PersonStore(dataSource);
    }

    /**
     * For an instance of a cluster (`serve --cluster`): an export another instance already processed counts as
     * processed here too. Otherwise only this work folder's runs do: installations sharing a staging database
     * each process their own exports.
     */
    public void shareCountiesWithTheCluster() {
        sharedCounties = true;
    }

    /**
     * Ends what a stopped process left behind, when no run of this work folder can be going on: runs still
     * RUNNING become INTERRUPTED and lose what they stored (their exports, never moved, are read again from
     * the start), and half-delivered files and temporary files go. Returns the runs it interrupted.
     */
    public List<RunLedger.Interrupted> endUnfinishedRuns(String reason) {
        List<RunLedger.Interrupted> runs = ledger.interruptUnfinished(reason);
        for (RunLedger.Interrupted run : runs) {
            LOG.warn("{}: run {} on {} was interrupted: {}", run.adapterId(), run.runId(), run.sourceName(), reason);
        }
        for (String adapterId : adapters.keySet()) {
            WorkFolders folders = WorkFolders.of(workDir, adapterId);
            deleteMatching(folders.outbox(), name -> name.startsWith(PARTIAL_DELIVERY_PREFIX));
            deleteMatching(folders.tmp(), name -> true);
        }
        return runs;
    }

    private static void deleteMatching(Path folder, java.util.function.Predicate<String> name) {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (java.util.stream.Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                if (!p.equals(folder) && name.test(p.getFileName().toString())) {
                    Files.deleteIfExists(p);
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot clean " + folder, e);
        }
    }

    /**
     * The routes were stopped with a run still going: from now on the thread of such a run goes no further
     * (it waits for the process to end), so that it neither delivers, nor records, nor moves its export,
     * which stays in the inbox for the next start. Called once Camel has stopped the routes.
     */
    public void abandonRunsInProgress() {
        abandoned = true;
    }

    private void goNoFurtherIfAbandoned() {
        if (!abandoned) {
            return;
        }
        LOG.debug("a run's thread reached a stage after the routes stopped; it waits for the process to end");
        while (true) {
            java.util.concurrent.locks.LockSupport.park(this);
        }
    }

    /**
     * Opens the source and records the run. {@code body} is the export file (or a stream of it), or the
     * rows of a database query.
     */
    public RunContext begin(String adapterId, String sourceName, Object body) {
        goNoFurtherIfAbandoned();
        CompiledAdapter adapter = adapter(adapterId);
        WorkFolders folders = WorkFolders.of(workDir, adapterId);
        Path tmp = folders.create(folders.tmp());
        LocalDate date = asOf.get();
        // Hashing costs a read of the whole file: done first only when an earlier file had the same size.
        String sha256 = body instanceof File f && !reprocess
                && ledger.completedWithSize(adapterId, f.length(), sharedCounties) ? Checksums.sha256(f.toPath()) : null;
        if (sha256 != null) {
            Optional<RunRecord> earlier = ledger.completedWithContents(adapterId, sha256, sharedCounties);
            if (earlier.isPresent()) {
                RunRecord e = earlier.get();
                String reason = "the same contents as " + e.sourceName() + ", processed by run " + e.runId()
                        + " (completed " + e.finishedAt() + "); run with --reprocess to process it again";
                long runId = ledger.skipped(adapterId, adapter.county(), sourceName, date,
                        adapter.policy().ruleSet().version(), sha256, reason);
                LOG.info("{}: {} skipped (run {}): {}", adapterId, sourceName, runId, reason);
                return RunContext.skipped(runId, adapter, sourceName, date, reason);
            }
        }
        if (body instanceof File file) {
            // archived (or failed) as it is: made the owner's alone first, when it is ours to change
            OwnerOnly.fileIfOwned(file.toPath());
            Optional<String> compressed = InboxEntries.compression(file.toPath());
            if (compressed.isPresent()) {
                throw new UnreadableSourceException("the file is compressed (" + compressed.get() + "): unpack it "
                        + "and put the export itself in the inbox");
            }
        }
        ReplayableRows rows;
        Checksums.Hashing hashing = null;
        Progress.Counting counted = null;
        if (body instanceof File file) {
            counted = new Progress.Counting(open(file));
            hashing = sha256 == null ? new Checksums.Hashing(counted) : null;
            rows = ReplayableRows.reopening(adapter.openReader(hashing != null ? hashing : counted),
                    () -> adapter.openReader(open(file)));
        } else if (body instanceof InputStream in) {
            rows = copied(adapter.openReader(in), tmp, sourceName);
        } else if (body instanceof Iterator<?> it) {
            rows = copied(new MapRowReader(it, adapter.sourceColumns()), tmp, sourceName);
        } else if (body instanceof List<?> list) {
            rows = copied(new MapRowReader(list.iterator(), adapter.sourceColumns()), tmp, sourceName);
        } else {
            throw new IllegalArgumentException("cannot read a " + (body == null ? "null" : body.getClass().getName())
                    + " as an export");
        }
        long runId = ledger.start(adapterId, adapter.county(), sourceName, date, adapter.policy().ruleSet().version(),
                sha256);
        ledger.configuration(runId, adapter.configurationSha256());
        LOG.info("{}: run {} started on {} (as of {})", adapterId, runId, sourceName, date);
        CrashPoint.reached(adapterId, "parse");
        RunPass pass = new RunPass(runId, adapter, adapter.mapper(pseudonymizer, LocalDate.now()), date, sourceName, tmp,
                determinations, quarantine, people);
        RunContext run = new RunContext(runId, adapter, sourceName, date, pass, pass.people(rows));
        Progress.Counting bytes = counted;
        run.progress(new Progress(adapterId + ": run " + runId, body instanceof File f ? f.length() : -1,
                () -> bytes == null ? 0 : bytes.count(), Progress.terminal()));
        if (body instanceof ChangedPeople changed) {
            run.whenCompleted(() -> watermarks.advance(adapterId, changed.watermark(), runId));
        }
        if (body instanceof File file) {
            String known = sha256;
            Checksums.Hashing taken = hashing;
            run.sourceFile(file.toPath(), () -> known != null ? known
                    : taken.sha256().orElseGet(() -> Checksums.sha256(file.toPath())));
        }
        return run;
    }

    /** Rows that pass once (a query, a stream) are copied aside, in case they must be read again sorted. */
    private static ReplayableRows copied(org.recordrelief.formats.RowReader reader, Path tmp, String sourceName) {
        return ReplayableRows.copying(reader, tmp.resolve(sourceName.replaceAll("[^A-Za-z0-9._-]", "_") + ".rows"));
    }

    /**
     * Claims a county for a read of its database. True, with a line in the log, when its last read has not
     * ended (the new one is skipped: two reads of one county at once would race for its results). Quartz
     * already holds a scheduled read back until the last one ends; the log then says how many times the
     * schedule came meanwhile.
     */
    public boolean stillGoing(String adapterId) {
        Instant now = Instant.now();
        Instant since = going.putIfAbsent(adapterId, now);
        if (since != null) {
            LOG.info("{}: this read is skipped: the read started at {} is still going", adapterId, since);
            return true;
        }
        Instant[] last = lastRead.get(adapterId);
        CompiledAdapter adapter = adapters.get(adapterId);
        if (last != null && adapter != null && adapter.schedule() != null) {
            int came = ScheduledReads.cameBetween(adapter.schedule(), last[0], last[1]);
            if (came > 0) {
                LOG.info("{}: its schedule came {}{} time(s) while the read started at {} was still going (it ended "
                        + "at {}); those reads waited, and this one stands for them", adapterId,
                        came >= ScheduledReads.MOST_COUNTED ? "at least " : "", came, last[0], last[1]);
            }
        }
        return false;
    }

    private void readEnded(String adapterId) {
        Instant started = going.remove(adapterId);
        if (started != null) {
            lastRead.put(adapterId, new Instant[] {started, Instant.now()});
        }
    }

    /** A county's inbox was polled and held nothing more to take. */
    public void idle(String adapterId) {
        onIdle.accept(adapterId);
    }

    /** A county's source could not be read at all (its server is down, refuses us, or is not the one pinned). */
    public void sourceUnavailable(String adapterId, String reason) {
        onUnavailable.accept(adapterId, reason);
    }

    /** Says that a run was skipped; the export goes to the archive like any processed one. */
    public void skip(RunContext run) {
        goNoFurtherIfAbandoned();
        readEnded(run.adapter().id());
        listener.accept(new RunOutcome(run.adapter().id(), run.runId(), run.sourceName(), RunStatus.SKIPPED, null,
                null, null, List.of(), run.skippedBecause()));
    }

    /** The export's rows, person by person, in chunks; the route splits over this iterator, streaming. */
    public Iterator<List<PersonRows>> people(RunContext run) {
        return run.people();
    }

    /** Maps, evaluates and writes back the people of one chunk. */
    public void decide(RunContext run, List<PersonRows> people) {
        goNoFurtherIfAbandoned();
        CrashPoint.reached(run.adapter().id(), "evaluate");
        run.pass().decide(people);
        long rows = 0;
        for (PersonRows person : people) {
            rows += person.rows().size();
        }
        run.progress().rows(rows);
    }

    /** Finishes the results and the quarantine report. */
    public void writeBack(RunContext run) {
        goNoFurtherIfAbandoned();
        run.people().close();
        run.progress().done();
        RunPass.Result result = run.pass().finish();
        if (run.pass().truncatedValues() > 0) {
            LOG.warn("{}: {} values were cut to fit their fixed-width fields", run, run.pass().truncatedValues());
        }
        run.result(result);
        CrashPoint.reached(run.adapter().id(), "stage");
    }

    /**
     * Keeps a run's results for a reviewer: moved to the county's awaiting-approval folder, the run recorded
     * as AWAITING_APPROVAL with its figures. Nothing goes to the county until the run is approved.
     */
    public void holdForApproval(RunContext run) {
        goNoFurtherIfAbandoned();
        Reconciliation r = run.reconciliation();
        Path folder = WorkFolders.of(workDir, run.adapter().id()).awaitingApproval(run.runId());
        OwnerOnly.folder(folder.getParent());
        OwnerOnly.folder(folder);
        run.results().movedTo(folder).all().forEach(OwnerOnly::file);
        run.recordSource(ledger);
        ledger.awaitApproval(run.runId(), r, run.summary(), run.outputName());
        run.completed();
        logReconciliation(run.adapter().id(), run.runId(), r);
        LOG.info("{}: run {} awaits a reviewer's approval: {}; {}", run.adapter().id(), run.runId(), r,
                figures(run.summary()));
        readEnded(run.adapter().id());
        listener.accept(new RunOutcome(run.adapter().id(), run.runId(), run.sourceName(), RunStatus.AWAITING_APPROVAL,
                r, run.summary(), run.outputName(), List.of(), null, run.took()));
    }

    /**
     * Loads the results into the county's table, when that is where they go; returns the files for the
     * county's outbox (the results file, the quarantine report).
     */
    public List<File> deliver(Delivery delivery) {
        goNoFurtherIfAbandoned();
        PendingResults results = delivery.results();
        if (results.table()) {
            long rows = ResultsTable.load(delivery.adapter().output(), results.results());
            LOG.info("{}: run {}: {} rows written to table {}", delivery.adapter().id(), delivery.runId(), rows,
                    delivery.adapter().output().table());
        }
        return results.outboxFiles().stream().map(Path::toFile).toList();
    }

    /** Records a delivered run as completed. */
    public void finish(Delivery delivery) {
        if (delivery instanceof RunContext run) {
            finishRun(run);
        } else {
            finishApproved((ApprovedBatch) delivery);
        }
    }

    private void finishRun(RunContext run) {
        goNoFurtherIfAbandoned();
        Reconciliation r = run.reconciliation();
        CrashPoint.reached(run.adapter().id(), "deliver");
        run.recordSource(ledger);
        ledger.complete(run.runId(), r, run.summary(), run.outputName());
        run.completed();
        run.results().all().forEach(CountyRuns::deleteQuietly);
        logReconciliation(run.adapter().id(), run.runId(), r);
        LOG.info("{}: run {} completed: {}; {}", run.adapter().id(), run.runId(), r, figures(run.summary()));
        readEnded(run.adapter().id());
        listener.accept(new RunOutcome(run.adapter().id(), run.runId(), run.sourceName(), RunStatus.COMPLETED, r,
                run.summary(), run.outputName(), run.results().outboxFiles().stream()
                .map(p -> p.getFileName().toString()).toList(), null, run.took()));
    }

    private void finishApproved(ApprovedBatch batch) {
        CrashPoint.reached(batch.adapter().id(), "deliver");
        ledger.delivered(batch.runId());
        WorkFolders.deleteTree(batch.folder());
        LOG.info("{}: run {} approved by a reviewer and delivered", batch.adapter().id(), batch.runId());
    }

    private static void logReconciliation(String adapterId, long runId, Reconciliation r) {
        if (!r.balances()) {
            LOG.error("{}: run {} does not reconcile: {}", adapterId, runId, r);
        }
    }

    private static String figures(org.recordrelief.report.RunSummary s) {
        return String.format(Locale.ROOT, "%,d convictions eligible, %,d dismissed, %,d reduced",
                s.convictionsEligible(), s.dismissed(), s.reduced());
    }

    /**
     * Records a run that could not finish: nothing of it is kept but the ledger row and, for a file, a
     * reason file next to the file in the failed folder (the file consumer moves it there).
     */
    public void failed(String adapterId, String sourceName, RunContext run, Exception cause, String failedFileName) {
        goNoFurtherIfAbandoned();
        if (run != null && !run.firstFailure()) {
            return; // recorded already, by the exchange of the delivery's file that failed
        }
        String reason = reasonFor(cause);
        CompiledAdapter adapter = adapters.get(adapterId);
        long runId;
        if (run != null) {
            runId = run.runId();
            run.people().close();
            run.pass().close();
            quarantine.discard(runId);
            people.discard(runId);
        } else {
            runId = ledger.start(adapterId, adapter == null ? "?" : adapter.county(), sourceName, asOf.get(),
                    adapter == null ? "?" : adapter.policy().ruleSet().version());
        }
        ledger.fail(runId, reason);
        if (failedFileName != null && adapter != null && adapter.isFileSource()) {
            writeReasonFile(adapterId, sourceName, runId, reason, failedFileName);
        }
        readEnded(adapterId);
        LOG.warn("{}: run {} on {} failed: {}", adapterId, runId, sourceName, reason);
        LOG.debug("{}: run {} failed with", adapterId, runId, cause);
        listener.accept(new RunOutcome(adapterId, runId, sourceName, RunStatus.FAILED, null, null, null, List.of(),
                reason, run == null ? java.time.Duration.ZERO : run.took()));
    }

    static String reasonFor(Throwable cause) {
        return FailureReasons.reasonFor(cause);
    }

    private void writeReasonFile(String adapterId, String sourceName, long runId, String reason, String failedFileName) {
        WorkFolders folders = WorkFolders.of(workDir, adapterId);
        Path failed = folders.create(folders.failed());
        SftpSettings server = adapters.get(adapterId).sftpSource();
        String text = "record-relief could not process this file; nothing from it was loaded.\n"
                + "County adapter: " + adapterId + "\n"
                + "Source file:    " + sourceName + "\n"
                + (server == null ? "Moved here as:  " + failedFileName
                : "Moved to:       " + server.failedFolder() + "/" + failedFileName + " on " + server) + "\n"
                + "Run:            " + runId + " (FAILED at " + Instant.now() + ")\n"
                + "Reason:         " + reason + "\n\n"
                + "What to do: correct the file (or the county's adapter.yaml), then move the file back into "
                + (server == null ? "the county's inbox" : server.folder() + " on the server") + ".\n";
        try {
            OwnerOnly.file(Files.writeString(failed.resolve(failedFileName + ".reason.txt"), text));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the reason file in " + failed, e);
        }
    }

    private static InputStream open(File file) {
        try {
            return org.recordrelief.formats.ReadAhead.open(file.toPath());
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
