package org.recordrelief.routes;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.recordrelief.adapter.CompiledAdapter;
import org.recordrelief.adapter.mapping.RowMapper;
import org.recordrelief.formats.RowReader;
import org.recordrelief.report.RunSummary;
import org.recordrelief.store.Reconciliation;

/** The state of one county run as it moves through the routes' stages. Safe to log: no personal data. */
public final class RunContext {

    private final long runId;
    private final CompiledAdapter adapter;
    private final String sourceName;
    private final LocalDate asOf;
    private final RowReader reader;
    private final RowMapper mapper;
    private final AtomicLong rowsRead = new AtomicLong();
    private final List<Path> outputs = new ArrayList<>();
    private RunSummary summary;
    private Reconciliation reconciliation;
    private String outputName;

    RunContext(long runId, CompiledAdapter adapter, String sourceName, LocalDate asOf, RowReader reader,
               RowMapper mapper) {
        this.runId = runId;
        this.adapter = adapter;
        this.sourceName = sourceName;
        this.asOf = asOf;
        this.reader = reader;
        this.mapper = mapper;
    }

    public long runId() {
        return runId;
    }

    public CompiledAdapter adapter() {
        return adapter;
    }

    public String sourceName() {
        return sourceName;
    }

    public LocalDate asOf() {
        return asOf;
    }

    RowReader reader() {
        return reader;
    }

    RowMapper mapper() {
        return mapper;
    }

    void countRead(int rows) {
        rowsRead.addAndGet(rows);
    }

    public long rowsRead() {
        return rowsRead.get();
    }

    public List<Path> outputs() {
        return outputs;
    }

    public RunSummary summary() {
        return summary;
    }

    void summary(RunSummary summary) {
        this.summary = summary;
    }

    public Reconciliation reconciliation() {
        return reconciliation;
    }

    void reconciliation(Reconciliation reconciliation) {
        this.reconciliation = reconciliation;
    }

    public String outputName() {
        return outputName;
    }

    void outputName(String outputName) {
        this.outputName = outputName;
    }

    @Override
    public String toString() {
        return "run " + runId + " of " + adapter.id() + " on " + sourceName;
    }
}
