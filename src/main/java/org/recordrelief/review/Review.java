package org.recordrelief.review;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.recordrelief.adapter.CompiledAdapter;
import org.recordrelief.pipeline.PendingResults;
import org.recordrelief.pipeline.ResultFiles;
import org.recordrelief.pipeline.ResultsRewriter;
import org.recordrelief.routes.ApprovedBatch;
import org.recordrelief.routes.WorkFolders;
import org.recordrelief.store.PersonStore;
import org.recordrelief.store.RunLedger;
import org.recordrelief.store.RunStatus;
import org.recordrelief.store.Watermarks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What a reviewer may do, checked and audited: see the runs of their counties, look at determinations (and,
 * on request, who the people are), change a determination with a reason, and approve or reject a run
 * awaiting approval. An approved run's results are delivered at once, with the changes written in; a
 * rejected run's never are. No Camel here: delivery is handed to the routes through {@code deliverer}.
 */
public final class Review {

    private static final Logger LOG = LoggerFactory.getLogger(Review.class);
    /** The rule id a reviewer's change adds to a determination's rules. */
    public static final String CHANGED_BY_REVIEWER = "REVIEWER-CHANGE";
    public static final List<String> OUTCOMES = List.of("DISMISS", "REDUCE", "NOT_ELIGIBLE", "HAND_REVIEW");
    public static final List<String> REDUCED_TO = List.of("MISDEMEANOR", "INFRACTION");

    /** The reviewer may not see this run (HTTP 403). */
    public static final class Denied extends RuntimeException {
        Denied(String message) {
            super(message);
        }
    }

    /** No such run or determination (HTTP 404). */
    public static final class NotFound extends RuntimeException {
        public NotFound(String message) {
            super(message);
        }
    }

    /** The request cannot be done in the run's state, or is incomplete; the message says why (HTTP 409). */
    public static final class Refused extends RuntimeException {
        Refused(String message) {
            super(message);
        }
    }

    private final ReviewStore store;
    private final AuditTrail audit;
    private final RunLedger ledger;
    private final PersonStore people;
    private final Watermarks watermarks;
    private final TransactionTemplate transaction;
    private final Map<String, CompiledAdapter> adapters;
    private final Path workDir;
    private final Consumer<ApprovedBatch> deliverer;

    public Review(DataSource dataSource, Collection<CompiledAdapter> adapters, Path workDir,
                  Consumer<ApprovedBatch> deliverer) {
        this.store = new ReviewStore(dataSource);
        this.audit = new AuditTrail(dataSource);
        this.ledger = new RunLedger(dataSource, workDir);
        this.people = new PersonStore(dataSource);
        this.watermarks = new Watermarks(dataSource);
        this.transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        this.adapters = new HashMap<>();
        adapters.forEach(a -> this.adapters.put(a.id(), a));
        this.workDir = workDir;
        this.deliverer = deliverer;
    }

    public ReviewStore store() {
        return store;
    }

    public AuditTrail audit() {
        return audit;
    }

    /** The runs of the reviewer's counties that this installation knows, newest first. */
    public List<ReviewStore.Run> runs(Reviewer reviewer) {
        return store.runs(reviewer.counties().stream().filter(adapters::containsKey).sorted().toList(), 500);
    }

    /** A run the reviewer may see. */
    public ReviewStore.Run run(Reviewer reviewer, long runId) {
        ReviewStore.Run run = store.run(runId).orElseThrow(() -> new NotFound("there is no run " + runId));
        if (!reviewer.maySee(run.adapterId())) {
            LOG.warn("reviewer {} was refused run {} of a county they do not belong to", reviewer.username(), runId);
            throw new Denied("run " + runId + " belongs to a county you do not review");
        }
        return run;
    }

    /**
     * Who the people are, found by the person lines of their determinations ({@code personLine}), by person id,
     * for a reviewer who asked: recorded in the audit trail before anything is shown.
     */
    public Map<String, PersonStore.Named> names(Reviewer reviewer, long runId, Collection<Long> personLines) {
        run(reviewer, runId);
        Set<Long> lines = Set.copyOf(personLines);
        audit.record(reviewer.username(), AuditTrail.Action.VIEW_NAMES, runId, "names and dates of birth of "
                + lines.size() + " people shown");
        LOG.info("reviewer {} asked to see the names of {} people of run {}", reviewer.username(), lines.size(),
                runId);
        return people.find(runId, lines);
    }

    /** Records a download of a run's determinations. */
    public void downloaded(Reviewer reviewer, long runId, String what) {
        run(reviewer, runId);
        audit.record(reviewer.username(), AuditTrail.Action.DOWNLOAD, runId, what);
    }

    /**
     * Changes one determination of a run awaiting approval: the outcome that goes back, with the reviewer's
     * reason. The last change of a determination is the one written back.
     */
    public void change(Reviewer reviewer, long runId, long firstLine, String outcome, String reducedTo,
                       String reason) {
        ReviewStore.Run run = run(reviewer, runId);
        requireAwaiting(run);
        ReviewStore.DeterminationRow d = store.determination(runId, firstLine).orElseThrow(() -> new NotFound(
                "run " + runId + " has no determination on line " + firstLine));
        if (!OUTCOMES.contains(outcome)) {
            throw new Refused("choose an outcome: " + String.join(", ", OUTCOMES));
        }
        String level = "REDUCE".equals(outcome) ? reducedTo : null;
        if ("REDUCE".equals(outcome) && (level == null || !REDUCED_TO.contains(level))) {
            throw new Refused("a reduction says to what: " + String.join(" or ", REDUCED_TO));
        }
        if (reason == null || reason.isBlank()) {
            throw new Refused("give the reason for the change; it goes back to the county with the result");
        }
        String text = reason.strip();
        if (outcome.equals(d.outcome()) && java.util.Objects.equals(level, d.reducedTo())) {
            // back to the recommendation: nothing is changed, and nothing goes back as changed
            transaction.executeWithoutResult(status -> {
                store.withdraw(runId, firstLine);
                audit.record(reviewer.username(), AuditTrail.Action.OVERRIDE, runId, "line " + firstLine + " ("
                        + d.code() + "): back to the recommendation " + d.outcome() + "; reason: " + text);
            });
            return;
        }
        transaction.executeWithoutResult(status -> {
            store.change(runId, firstLine, new ReviewStore.Change(outcome, level, text, reviewer.username(),
                    Instant.now()));
            audit.record(reviewer.username(), AuditTrail.Action.OVERRIDE, runId, "line " + firstLine + " ("
                    + d.code() + "): " + (d.change() == null ? d.outcome() : d.change().outcome()) + " -> " + outcome
                    + (level == null ? "" : " to " + level) + "; reason: " + text);
        });
    }

    /** Approves a run awaiting approval and delivers its results, with the reviewers' changes written in. */
    public void approve(Reviewer reviewer, long runId, String note) {
        ReviewStore.Run run = run(reviewer, runId);
        requireAwaiting(run);
        CompiledAdapter adapter = adapters.get(run.adapterId());
        if (adapter == null) {
            throw new Refused("the county " + run.adapterId() + " is not configured in this installation");
        }
        if (!adapter.configurationSha256().equals(run.descriptorSha256())) {
            throw new Refused("the county's descriptor or policy changed since this run was decided, so its results "
                    + "would not be written as they were reviewed: reject it, and put the export through again");
        }
        transaction.executeWithoutResult(status -> {
            audit.record(reviewer.username(), AuditTrail.Action.APPROVE, runId, note == null || note.isBlank()
                    ? null : note.strip());
            if (!ledger.decide(runId, RunStatus.APPROVED, reviewer.username(), note)) {
                status.setRollbackOnly();
                throw new Refused("run " + runId + " was decided meanwhile");
            }
        });
        LOG.info("{}: run {} approved by {}", run.adapterId(), runId, reviewer.username());
        if (!ledger.ranHere(runId)) {
            // Its results wait in the work folder of the instance that ran it, which delivers it (serve).
            LOG.info("{}: run {} is delivered by the instance that ran it", run.adapterId(), runId);
            return;
        }
        deliver(runId);
    }

    /** True when this instance holds the run's results and so delivers it once approved. */
    public boolean deliversHere(long runId) {
        return ledger.ranHere(runId);
    }

    /** Rejects a run awaiting approval: its results are never delivered, and are removed. */
    public void reject(Reviewer reviewer, long runId, String note) {
        ReviewStore.Run run = run(reviewer, runId);
        requireAwaiting(run);
        if (note == null || note.isBlank()) {
            throw new Refused("say why the run is rejected");
        }
        transaction.executeWithoutResult(status -> {
            audit.record(reviewer.username(), AuditTrail.Action.REJECT, runId, note.strip());
            if (!ledger.decide(runId, RunStatus.REJECTED, reviewer.username(), note.strip())) {
                status.setRollbackOnly();
                throw new Refused("run " + runId + " was decided meanwhile");
            }
        });
        people.discard(runId);
        WorkFolders.deleteTree(WorkFolders.of(workDir, run.adapterId()).awaitingApproval(runId));
        CompiledAdapter adapter = adapters.get(run.adapterId());
        if (adapter != null && adapter.descriptor().source().incremental() != null) {
            // the rejected run read the people who changed; the next read must decide them again
            watermarks.forget(run.adapterId());
        }
        LOG.info("{}: run {} rejected by {}; its results are not delivered", run.adapterId(), runId,
                reviewer.username());
    }

    /**
     * Delivers this work folder's approved runs not yet delivered: those whose delivery was cut short (the
     * process stopped, or the delivery failed), and, in service mode, those approved on another instance.
     */
    public synchronized void resumeApprovedDeliveries() {
        for (long runId : ledger.approvedNotDelivered()) {
            LOG.info("run {} was approved but not yet delivered: delivering it now", runId);
            try {
                deliver(runId);
            } catch (RuntimeException e) {
                LOG.warn("run {}: the delivery failed again: {}", runId,
                        org.recordrelief.routes.FailureReasons.inWords(e));
            }
        }
    }

    /**
     * Delivers an approved run: its results with the changes written in, through the county's delivery
     * route. A failure leaves the run APPROVED, to be delivered again at the next start.
     */
    private synchronized void deliver(long runId) {
        ReviewStore.Run run = store.run(runId).orElseThrow();
        if (!"APPROVED".equals(run.status())) {
            return; // delivered meanwhile, by the other of approval and the service's look for approved runs
        }
        if (!audit.approved(runId)) {
            throw new IllegalStateException("run " + runId + " has no approval in the audit trail; nothing delivered");
        }
        CompiledAdapter adapter = adapters.get(run.adapterId());
        Path folder = WorkFolders.of(workDir, run.adapterId()).awaitingApproval(runId);
        PendingResults pending = ResultFiles.in(folder, adapter.output(), run.sourceName());
        Map<Long, ReviewStore.Change> changes = store.changes(runId);
        if (!changes.isEmpty()) {
            pending = pending.withResults(rewritten(runId, adapter, pending, changes, folder));
        }
        deliverer.accept(new ApprovedBatch(runId, adapter, pending, run.reviewedBy(), folder));
        people.discard(runId);
    }

    private Path rewritten(long runId, CompiledAdapter adapter, PendingResults pending,
                           Map<Long, ReviewStore.Change> changes, Path folder) {
        Map<Long, Map<String, String>> values = new HashMap<>();
        changes.forEach((line, change) -> values.put(line, changedValues(store.determination(runId, line)
                .orElseThrow(), change)));
        Path target = folder.resolve("changed").resolve(pending.results().getFileName());
        org.recordrelief.store.OwnerOnly.folder(target.getParent());
        long rows = ResultsRewriter.rewrite(adapter.output(), adapter.sourceColumns(), pending.results(),
                pending.lines(), values, target);
        org.recordrelief.store.OwnerOnly.file(target);
        LOG.info("{}: run {}: {} reviewer's changes written into {} result rows", adapter.id(), runId, changes.size(),
                rows);
        return target;
    }

    /** A changed determination's values by output key, as they go back to the county. */
    static Map<String, String> changedValues(ReviewStore.DeterminationRow d, ReviewStore.Change change) {
        Map<String, String> v = new HashMap<>();
        v.put("determination.role", d.role());
        v.put("determination.outcome", change.outcome());
        v.put("determination.reducedTo", change.reducedTo());
        v.put("determination.countyOption", d.countyOption());
        v.put("determination.referredTo", d.referredTo());
        v.put("determination.ruleIds", d.ruleIds() + "+" + CHANGED_BY_REVIEWER);
        v.put("determination.reasons", d.reasons() + " A reviewer changed the recommendation from "
                + words(d.outcome(), d.reducedTo()) + " to " + words(change.outcome(), change.reducedTo()) + ": "
                + change.reason());
        v.put("determination.relatedCharges", d.relatedCharges());
        v.put("determination.ruleSetVersion", d.ruleSet());
        return v;
    }

    private static String words(String outcome, String reducedTo) {
        String text = outcome.toLowerCase(Locale.ROOT).replace('_', ' ');
        return reducedTo == null ? text : text + " to " + reducedTo.toLowerCase(Locale.ROOT);
    }

    private static void requireAwaiting(ReviewStore.Run run) {
        if (!run.awaitsApproval()) {
            throw new Refused("run " + run.runId() + " is " + run.status().toLowerCase(Locale.ROOT).replace('_', ' ')
                    + ", not awaiting approval: it can no longer be changed, approved or rejected");
        }
    }
}
