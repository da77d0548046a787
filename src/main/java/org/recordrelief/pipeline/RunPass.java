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
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.recordrelief.adapter.CompiledAdapter;
import org.recordrelief.adapter.OutputPlan;
import org.recordrelief.adapter.OutputRecord;
import org.recordrelief.adapter.mapping.MappedRow;
import org.recordrelief.adapter.mapping.QuarantinedRow;
import org.recordrelief.adapter.mapping.RowMapper;
import org.recordrelief.adapter.mapping.RowResult;
import org.recordrelief.formats.Columns;
import org.recordrelief.formats.DelimitedFormat;
import org.recordrelief.formats.DelimitedRowWriter;
import org.recordrelief.formats.RowWriter;
import org.recordrelief.formats.SourceRow;
import org.recordrelief.model.PersonHistory;
import org.recordrelief.report.RunSummary;
import org.recordrelief.report.SummaryAccumulator;
import org.recordrelief.rules.CountyPolicy;
import org.recordrelief.rules.Determination;
import org.recordrelief.store.DeterminationStore;
import org.recordrelief.store.HistoryAssembler;
import org.recordrelief.store.QuarantineStore;
import org.recordrelief.store.Reconciliation;

/**
 * One run's single pass over its export, person by person: map each row, build the person's history,
 * evaluate it, and write the person's results at once; determinations and quarantined rows are stored in
 * batches. Nothing of a row is kept once its person is decided, so memory does not grow with the export.
 */
public final class RunPass implements Closeable {

    /** How a run ended: its figures, its reconciliation, and what it wrote. */
    public record Result(RunSummary summary, Reconciliation reconciliation, String outputName, List<Path> files) {
    }

    private static final int BATCH = 1000;
    private static final long SPILL_BUDGET_CHARS = 16_000_000;

    private final long runId;
    private final CompiledAdapter adapter;
    private final CountyPolicy<?> policy;
    private final RowMapper mapper;
    private final LocalDate asOf;
    private final String sourceName;
    private final Path tmp;
    private final DeterminationStore determinations;
    private final QuarantineStore quarantine;
    private final HistoryAssembler assembler = new HistoryAssembler();
    private final Map<String, String> runValues;
    private final Columns inputColumns;
    private final OutputPlan plan;
    private final Path resultsFile;
    private final ResultsWriter results;
    private final List<DeterminationStore.Located> determinationBatch = new ArrayList<>();
    private final List<QuarantinedRow> quarantineBatch = new ArrayList<>();
    private SummaryAccumulator summary;
    private long read;
    private long loaded;
    private long quarantined;
    private long toReview;

    public RunPass(long runId, CompiledAdapter adapter, RowMapper mapper, LocalDate asOf, String sourceName, Path tmp,
                   DeterminationStore determinations, QuarantineStore quarantine) {
        this.runId = runId;
        this.adapter = adapter;
        this.policy = adapter.policy();
        this.mapper = mapper;
        this.asOf = asOf;
        this.sourceName = sourceName;
        this.tmp = tmp;
        this.determinations = determinations;
        this.quarantine = quarantine;
        this.runValues = Map.of("run.id", String.valueOf(runId), "run.asOf", asOf.toString(), "run.source",
                sourceName);
        this.plan = adapter.output();
        this.inputColumns = adapter.sourceColumns();
        this.resultsFile = plan.format() == OutputPlan.Format.TABLE ? null : tmp.resolve(plan.fileName(sourceName));
        this.results = new ResultsWriter(plan, adapter.sourceColumns(), resultsFile, tmp.resolve("spill-results"),
                SPILL_BUDGET_CHARS);
        this.summary = newSummary();
    }

    /** The rows of an export, person by person, for {@link #decide}. */
    public PersonGroups people(ReplayableRows rows) {
        return new PersonGroups(rows, mapper::personKey, BATCH, tmp.resolve("spill-people"), SPILL_BUDGET_CHARS,
                this::restart);
    }

    /** Maps, evaluates and writes back each person of a chunk. */
    public void decide(List<PersonRows> people) {
        for (PersonRows person : people) {
            decide(person);
        }
        if (determinationBatch.size() >= BATCH) {
            flushDeterminations();
        }
        if (quarantineBatch.size() >= BATCH) {
            flushQuarantine();
        }
    }

    private void decide(PersonRows person) {
        read += person.rows().size();
        List<MappedRow> mapped = new ArrayList<>(person.rows().size());
        List<Long> unreadable = new ArrayList<>();
        for (SourceRow row : person.rows()) {
            RowResult result = mapper.map(row);
            if (result instanceof MappedRow m) {
                mapped.add(m);
            } else {
                QuarantinedRow q = (QuarantinedRow) result;
                quarantine(q);
                if (q.affectsHistory() && q.personId() != null) {
                    unreadable.add(q.lineNumber());
                }
            }
        }
        if (mapped.isEmpty()) {
            return;
        }
        HistoryAssembler.Assembled assembled = assembler.assemble(mapped.get(0).personId(), mapped);
        Set<Long> duplicates = new HashSet<>();
        for (QuarantinedRow d : assembled.duplicates()) {
            quarantine(d);
            duplicates.add(d.lineNumber());
        }
        loaded += mapped.size() - duplicates.size();
        PersonHistory history = assembled.history().withUnreadableLines(unreadable);
        List<Determination> decided = policy.evaluate(history, asOf);
        summary.add(history, decided);
        Map<String, DeterminationStore.Located> byCount = new HashMap<>();
        for (Determination d : decided) {
            DeterminationStore.Located located = new DeterminationStore.Located(d,
                    assembled.firstLines().get(d.chargeReference()));
            determinationBatch.add(located);
            byCount.put(d.chargeReference(), located);
        }
        writeResults(mapped, duplicates, byCount);
    }

    private void writeResults(List<MappedRow> mapped, Set<Long> duplicates,
                              Map<String, DeterminationStore.Located> byCount) {
        if (plan.rows() == OutputPlan.Rows.PER_INPUT_ROW) {
            for (MappedRow row : mapped) {
                if (!duplicates.contains(row.lineNumber())) {
                    DeterminationStore.Located d = row.caseId() == null ? null
                            : byCount.get(row.caseId() + "/" + row.chargeId());
                    results.write(row.lineNumber(), values(row, d == null ? null : d.determination()));
                }
            }
            return;
        }
        Map<Long, MappedRow> byLine = new HashMap<>();
        mapped.forEach(row -> byLine.put(row.lineNumber(), row));
        byCount.values().stream().sorted(Comparator.comparingLong(DeterminationStore.Located::firstLine))
                .forEach(d -> results.write(d.firstLine(), values(byLine.get(d.firstLine()), d.determination())));
    }

    private List<String> values(MappedRow row, Determination d) {
        OutputRecord record = OutputRecords.of(row, d, inputColumns, runValues);
        List<String> values = new ArrayList<>();
        if (plan.includeInputColumns()) {
            values.addAll(record.inputValues());
        }
        for (OutputPlan.Column c : plan.columns()) {
            values.add(c.value().apply(record));
        }
        return values;
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
        determinationBatch.clear();
        quarantineBatch.clear();
        quarantine.discard(runId);
        results.restartInAnyOrder();
        summary = newSummary();
        read = 0;
        loaded = 0;
        quarantined = 0;
        toReview = 0;
    }

    /** Stores what is left, finishes the results and writes the quarantine report. */
    public Result finish() {
        flushDeterminations();
        flushQuarantine();
        long written = results.finish();
        summary.quarantinedForReview(toReview);
        List<Path> files = new ArrayList<>();
        String outputName;
        if (resultsFile == null) {
            outputName = "table " + plan.table() + " (" + written + " rows)";
        } else {
            files.add(resultsFile);
            outputName = resultsFile.getFileName().toString();
        }
        files.add(writeQuarantineReport());
        return new Result(summary.summary(), new Reconciliation(read, loaded, quarantined), outputName, files);
    }

    /** Values cut to fit fixed-width fields, for the run's log. */
    public long truncatedValues() {
        return results.truncatedValues();
    }

    private void flushDeterminations() {
        determinations.insert(runId, determinationBatch);
        determinationBatch.clear();
    }

    private void flushQuarantine() {
        quarantine.insert(runId, sourceName, quarantineBatch);
        quarantineBatch.clear();
    }

    private Path writeQuarantineReport() {
        int dot = sourceName.lastIndexOf('.');
        Path file = tmp.resolve((dot > 0 ? sourceName.substring(0, dot) : sourceName) + "-quarantine.csv");
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

    private SummaryAccumulator newSummary() {
        return new SummaryAccumulator(policy.county(), policy.ruleSet().version(), asOf);
    }

    @Override
    public void close() {
        results.close();
    }
}
