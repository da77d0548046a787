package org.recordrelief.pipeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.recordrelief.adapter.OutputPlan;
import org.recordrelief.adapter.OutputRecord;
import org.recordrelief.formats.AppendedRow;
import org.recordrelief.formats.RowText;
import org.recordrelief.adapter.mapping.MappedRow;
import org.recordrelief.adapter.mapping.QuarantinedRow;
import org.recordrelief.adapter.mapping.RowMapper;
import org.recordrelief.adapter.mapping.RowResult;
import org.recordrelief.formats.Columns;
import org.recordrelief.formats.SourceRow;
import org.recordrelief.model.Person;
import org.recordrelief.model.PersonHistory;
import org.recordrelief.report.SummaryAccumulator;
import org.recordrelief.rules.CountyPolicy;
import org.recordrelief.rules.Determination;
import org.recordrelief.store.DeterminationStore;
import org.recordrelief.store.HistoryAssembler;

/**
 * Decides one person from their rows: maps each row, builds the history, evaluates it and makes the
 * person's result rows. It only computes (nothing is stored or written here), so it can run on its own
 * thread; what it returns is recorded by {@link RunPass} in input order.
 */
final class PersonDecider {

    /**
     * One result row, the input line it belongs to, and the first line of the count whose determination it
     * carries (0 when it carries none), by which a reviewer's change finds the rows to rewrite.
     */
    record ResultRow(long line, long determinationLine, List<String> values) {
    }

    /**
     * What became of one person's rows.
     *
     * @param person   who they are; null when no row of the person could be mapped
     * @param quarantined rows that could not be mapped, then exact duplicates, in that order
     */
    record Decided(int read, int loaded, List<QuarantinedRow> quarantined, Person person,
                   List<Determination> determinations, List<DeterminationStore.Located> located,
                   List<ResultRow> results) {
    }

    /** People to decide; {@code renderer} (null: none) formats their result rows as text on this thread. */
    record Chunk(List<PersonRows> people, RowRenderer renderer) {
    }

    /**
     * What became of a chunk's people, and their figures; their result rows as the file's bytes when the chunk
     * asked for it (else null), with each rendered row's determination line. The figures are summed here, where
     * the histories were just built and are still in this core's cache: the reading thread, which summed them
     * before, is the busiest at the end of a run, and no history now stays referenced until it gets to the
     * chunk (less for the collector to copy meanwhile).
     */
    record DecidedChunk(List<Decided> people, SummaryAccumulator summary, byte[] renderedResults,
                        long[] renderedLines) {
    }

    private final CountyPolicy<?> policy;
    private final RowMapper mapper;
    private final LocalDate asOf;
    private final OutputPlan plan;
    private final Columns inputColumns;
    private final Map<String, String> runValues;
    private final HistoryAssembler assembler = new HistoryAssembler();
    /** {@link OutputPlan#valuesWithoutDetermination()}, shared by the rows without one (never changed). */
    private final List<String> withoutDetermination;

    PersonDecider(CountyPolicy<?> policy, RowMapper mapper, LocalDate asOf, OutputPlan plan, Columns inputColumns,
                  Map<String, String> runValues) {
        this.policy = policy;
        this.mapper = mapper;
        this.asOf = asOf;
        this.plan = plan;
        this.inputColumns = inputColumns;
        this.runValues = runValues;
        this.withoutDetermination = plan.valuesWithoutDetermination();
    }

    /** Every person of a chunk, in order. */
    DecidedChunk decideAll(Chunk chunk) {
        List<Decided> decided = new ArrayList<>(chunk.people().size());
        SummaryAccumulator summary = newSummary();
        for (PersonRows person : chunk.people()) {
            decided.add(decide(person, summary));
        }
        if (chunk.renderer() == null) {
            return new DecidedChunk(decided, summary, null, null);
        }
        List<List<String>> rows = new ArrayList<>();
        long[] lines = new long[64];
        List<Decided> withoutRows = new ArrayList<>(decided.size());
        for (Decided d : decided) {
            for (ResultRow r : d.results()) {
                if (rows.size() == lines.length) {
                    lines = Arrays.copyOf(lines, 2 * lines.length);
                }
                lines[rows.size()] = r.determinationLine();
                rows.add(r.values());
            }
            withoutRows.add(new Decided(d.read(), d.loaded(), d.quarantined(), d.person(), d.determinations(),
                    d.located(), List.of()));
        }
        return new DecidedChunk(withoutRows, summary, chunk.renderer().render(rows),
                Arrays.copyOf(lines, rows.size()));
    }

    /** An empty sum of the figures for this run's county, rule set and date. */
    SummaryAccumulator newSummary() {
        return new SummaryAccumulator(policy.county(), policy.ruleSet().version(), asOf);
    }

    /** Decides one person and adds their figures to {@code summary}. */
    Decided decide(PersonRows person, SummaryAccumulator summary) {
        List<MappedRow> mapped = new ArrayList<>(person.rows().size());
        List<QuarantinedRow> quarantined = new ArrayList<>();
        List<Long> unreadable = new ArrayList<>();
        for (SourceRow row : person.rows()) {
            RowResult result = mapper.map(row, person.key());
            if (result instanceof MappedRow m) {
                mapped.add(m);
            } else {
                QuarantinedRow q = (QuarantinedRow) result;
                quarantined.add(q);
                if (q.affectsHistory() && q.personId() != null) {
                    unreadable.add(q.lineNumber());
                }
            }
        }
        int read = person.rows().size();
        if (mapped.isEmpty()) {
            return new Decided(read, 0, quarantined, null, List.of(), List.of(), List.of());
        }
        HistoryAssembler.Assembled assembled = assembler.assemble(mapped.get(0).personId(), mapped);
        Set<Long> duplicates = new HashSet<>();
        for (QuarantinedRow d : assembled.duplicates()) {
            quarantined.add(d);
            duplicates.add(d.lineNumber());
        }
        PersonHistory history = assembled.history().withUnreadableLines(unreadable);
        List<Determination> decided = policy.evaluate(history, asOf);
        summary.add(history, decided);
        List<DeterminationStore.Located> located = new ArrayList<>(decided.size());
        long personLine = Long.MAX_VALUE;
        for (Determination d : decided) {
            personLine = Math.min(personLine, assembled.firstLine(d.caseId(), d.chargeId()));
        }
        for (Determination d : decided) {
            located.add(new DeterminationStore.Located(d, assembled.firstLine(d.caseId(), d.chargeId()), personLine));
        }
        return new Decided(read, mapped.size() - duplicates.size(), quarantined, history.person(), decided, located,
                results(mapped, duplicates, located));
    }

    private List<ResultRow> results(List<MappedRow> mapped, Set<Long> duplicates,
                                    List<DeterminationStore.Located> located) {
        List<ResultRow> rows = new ArrayList<>();
        if (plan.rows() == OutputPlan.Rows.PER_INPUT_ROW) {
            for (MappedRow row : mapped) {
                if (duplicates.isEmpty() || !duplicates.contains(row.lineNumber())) {
                    DeterminationStore.Located d = row.caseId() == null ? null : ofCount(located, row);
                    rows.add(new ResultRow(row.lineNumber(), d == null ? 0 : d.firstLine(),
                            values(row, d == null ? null : d.determination())));
                }
            }
            return rows;
        }
        Map<Long, MappedRow> byLine = new HashMap<>();
        mapped.forEach(row -> byLine.put(row.lineNumber(), row));
        located.stream().sorted(Comparator.comparingLong(DeterminationStore.Located::firstLine))
                .forEach(d -> rows.add(new ResultRow(d.firstLine(), d.firstLine(),
                        values(byLine.get(d.firstLine()), d.determination()))));
        return rows;
    }

    /** The determination of the row's count, if it has one: a person has a few, so they are looked through. */
    private static DeterminationStore.Located ofCount(List<DeterminationStore.Located> located, MappedRow row) {
        for (DeterminationStore.Located l : located) {
            Determination d = l.determination();
            if (row.chargeId().equals(d.chargeId()) && row.caseId().equals(d.caseId())) {
                return l;
            }
        }
        return null;
    }

    private List<String> values(MappedRow row, Determination d) {
        List<String> added = d == null && withoutDetermination != null ? withoutDetermination : columns(row, d);
        if (!plan.includeInputColumns()) {
            return added;
        }
        if (row.rawValues() instanceof RowText text) {
            return new AppendedRow(text, added);
        }
        List<String> values = new ArrayList<>(row.rawValues());
        values.addAll(added);
        return values;
    }

    private List<String> columns(MappedRow row, Determination d) {
        OutputRecord record = OutputRecords.of(row, d, inputColumns, runValues);
        List<String> added = new ArrayList<>(plan.columns().size());
        for (OutputPlan.Column c : plan.columns()) {
            added.add(c.value().apply(record));
        }
        return added;
    }
}
