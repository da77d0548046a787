package org.recordrelief.pipeline;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.recordrelief.adapter.CompiledAdapter;
import org.recordrelief.adapter.OutputPlan;
import org.recordrelief.adapter.mapping.QuarantinedRow;
import org.recordrelief.adapter.mapping.RowMapper;
import org.recordrelief.formats.DelimitedFormat;
import org.recordrelief.formats.DelimitedRowWriter;
import org.recordrelief.formats.RowWriter;
import org.recordrelief.report.RunSummary;
import org.recordrelief.report.SummaryAccumulator;
import org.recordrelief.store.DeterminationStore;
import org.recordrelief.store.PersonStore;
import org.recordrelief.store.QuarantineStore;
import org.recordrelief.store.Reconciliation;

/**
 * One run's single pass over its export, person by person: map each row, build the person's history,
 * evaluate it, and write the person's results at once; determinations and quarantined rows are stored in
 * batches. Nothing of a row is kept once its person is decided, so memory does not grow with the export.
 */
public final class RunPass implements Closeable {

    /** How a run ended: its figures, its reconciliation, and what it wrote. */
    public record Result(RunSummary summary, Reconciliation reconciliation, String outputName, PendingResults files) {
    }

    private static final int BATCH = 1000;
    /**
     * Chunks handed to the evaluation thread and not yet recorded. Two left both threads waiting on each other
     * (one core idle an eighth of a run): some chunks take longer to read, others to evaluate.
     */
    private static final int IN_FLIGHT = 4;
    /** Batches and chunks of results handed to the storing thread and not yet done: a few megabytes. */
    private static final int STORES_IN_FLIGHT = 8;
    private static final long SPILL_BUDGET_CHARS = 16_000_000;

    private final long runId;
    private final CompiledAdapter adapter;
    private final RowMapper mapper;
    private final String sourceName;
    private final Path tmp;
    private final DeterminationStore determinations;
    private final QuarantineStore quarantine;
    private final PersonDecider decider;
    private final InOrderWorker<PersonDecider.Chunk, PersonDecider.DecidedChunk> worker;
    /**
     * Stores batches and writes the rendered results on a thread of their own: the run's thread, which reads
     * the export, is the busiest and should wait neither on the database nor on the results file. Batches and
     * results go in one at a time, in order; a failure fails the run at the next batch or at its end.
     */
    private final InOrderWorker<Runnable, Boolean> store;
    private final RowRenderer renderer;
    private final OutputPlan plan;
    private final Path resultsFile;
    private final Path linesFile;
    private final ResultsWriter results;
    private final List<DeterminationStore.Located> determinationBatch = new ArrayList<>();
    private final List<QuarantinedRow> quarantineBatch = new ArrayList<>();
    /** Null unless a reviewer will approve the results and may ask who a person is. */
    private final PersonStore people;
    private final List<PersonStore.Listed> peopleBatch = new ArrayList<>();
    private SummaryAccumulator summary;
    private long read;
    private long loaded;
    private long quarantined;
    private long toReview;

    public RunPass(long runId, CompiledAdapter adapter, RowMapper mapper, LocalDate asOf, String sourceName, Path tmp,
                   DeterminationStore determinations, QuarantineStore quarantine, PersonStore people) {
        this.people = adapter.approvalRequired() ? people : null;
        this.runId = runId;
        this.adapter = adapter;
        this.mapper = mapper;
        this.sourceName = sourceName;
        this.tmp = tmp;
        this.determinations = determinations;
        this.quarantine = quarantine;
        this.plan = adapter.output();
        this.decider = new PersonDecider(adapter.policy(), mapper, asOf, plan, adapter.sourceColumns(), Map.of(
                "run.id", String.valueOf(runId), "run.asOf", asOf.toString(), "run.source", sourceName));
        this.worker = new InOrderWorker<>("record-relief-evaluate-" + runId, decider::decideAll, this::record,
                IN_FLIGHT);
        this.store = new InOrderWorker<>("record-relief-store-" + runId, batch -> {
            batch.run();
            return true;
        }, stored -> { }, STORES_IN_FLIGHT);
        this.resultsFile = tmp.resolve(plan.format() == OutputPlan.Format.TABLE
                ? ResultFiles.tableRowsName(plan, sourceName) : plan.fileName(sourceName));
        this.linesFile = tmp.resolve(ResultFiles.linesName(resultsFile.getFileName().toString()));
        this.results = new ResultsWriter(plan, adapter.sourceColumns(), resultsFile, linesFile,
                tmp.resolve("spill-results"), SPILL_BUDGET_CHARS);
        this.renderer = results.takesRenderedRows() ? results.renderer() : null;
        this.summary = decider.newSummary();
    }

    /** The rows of an export, person by person, for {@link #decide}. */
    public PersonGroups people(ReplayableRows rows) {
        return new PersonGroups(rows, mapper::personKey, BATCH, tmp.resolve("spill-people"), SPILL_BUDGET_CHARS,
                this::restart);
    }

    /**
     * Maps, evaluates and writes back each person of a chunk. The mapping and evaluation run on a second
     * thread; what they decide is stored and written on this one, in input order.
     */
    public void decide(List<PersonRows> people) {
        worker.submit(new PersonDecider.Chunk(people, results.takesRenderedRows() ? renderer : null));
    }

    private void record(PersonDecider.DecidedChunk chunk) {
        summary.addAll(chunk.summary());
        for (PersonDecider.Decided person : chunk.people()) {
            read += person.read();
            loaded += person.loaded();
            person.quarantined().forEach(this::quarantine);
            // only the people a reviewer can see: those with a determination (less personal data kept)
            if (people != null && person.person() != null && !person.determinations().isEmpty()) {
                peopleBatch.add(new PersonStore.Listed(person.located().get(0).personLine(), person.person()));
            }
            determinationBatch.addAll(person.located());
            for (PersonDecider.ResultRow row : person.results()) {
                results.write(row.line(), row.determinationLine(), row.values());
            }
        }
        if (chunk.renderedResults() != null) {
            // only the bytes wait for the storing thread, not the chunk's people and their histories
            byte[] rendered = chunk.renderedResults();
            long[] lines = chunk.renderedLines();
            store.submit(() -> results.writeRendered(rendered, lines));
        }
        // people are kept only with a determination, so their batch is never the larger
        if (determinationBatch.size() >= BATCH) {
            flushDeterminations();
        }
        if (quarantineBatch.size() >= BATCH) {
            flushQuarantine();
        }
    }

    private void quarantine(QuarantinedRow q) {
        quarantineBatch.add(q);
        quarantined++;
        if (q.needsReview()) {
            toReview++;
        }
    }

    /** The export was not grouped by person: forget every person decided so far, they all come again. */
    private void restart() {
        worker.discard();
        store.discard();
        determinationBatch.clear();
        quarantineBatch.clear();
        quarantine.discard(runId);
        peopleBatch.clear();
        if (people != null) {
            people.discard(runId);
        }
        results.restartInAnyOrder();
        summary = decider.newSummary();
        read = 0;
        loaded = 0;
        quarantined = 0;
        toReview = 0;
    }

    /** Stores what is left, finishes the results and writes the quarantine report. */
    public Result finish() {
        worker.drain();
        flushDeterminations();
        flushQuarantine();
        store.drain();
        // their work is done: the threads end now, not when the pass is collected (a service runs many)
        worker.close();
        store.close();
        long written = results.finish();
        summary.quarantinedForReview(toReview);
        boolean table = plan.format() == OutputPlan.Format.TABLE;
        String outputName = table ? "table " + plan.table() + " (" + written + " rows)"
                : resultsFile.getFileName().toString();
        return new Result(summary.summary(), new Reconciliation(read, loaded, quarantined), outputName,
                new PendingResults(resultsFile, linesFile, writeQuarantineReport(), table));
    }

    /** Values cut to fit fixed-width fields, for the run's log. */
    public long truncatedValues() {
        return results.truncatedValues();
    }

    /** The batch's determinations and, when a reviewer may ask who they are, its people, together. */
    private void flushDeterminations() {
        if (determinationBatch.isEmpty() && peopleBatch.isEmpty()) {
            return;
        }
        List<DeterminationStore.Located> batch = List.copyOf(determinationBatch);
        List<PersonStore.Listed> batchPeople = List.copyOf(peopleBatch);
        store.submit(() -> determinations.insert(runId, batch, batchPeople));
        determinationBatch.clear();
        peopleBatch.clear();
    }

    private void flushQuarantine() {
        if (quarantineBatch.isEmpty()) {
            return;
        }
        List<QuarantinedRow> batch = List.copyOf(quarantineBatch);
        store.submit(() -> quarantine.insert(runId, sourceName, batch));
        quarantineBatch.clear();
    }

    private Path writeQuarantineReport() {
        Path file = tmp.resolve(ResultFiles.quarantineName(sourceName));
        try (Writer out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8));
             RowWriter writer = new DelimitedRowWriter(out, DelimitedFormat.CSV, "\n",
                     List.of("source_file", "line", "field", "reason", "needs_review"))) {
            quarantine.forEach(runId, q -> writer.write(List.of(sourceName, String.valueOf(q.lineNumber()),
                    q.field(), q.reason(), q.needsReview() ? "yes: may be a conviction the rules decide" : "")));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
        return file;
    }

    @Override
    public void close() {
        try {
            worker.close();
            // a batch still going in finishes before the caller cleans up after a failed run, not after it
            store.discard();
            store.close();
        } finally {
            results.close();
        }
    }
}
