package org.recordrelief.routes;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.recordrelief.adapter.CompiledAdapter;
import org.recordrelief.adapter.DatabaseSettings;
import org.recordrelief.adapter.OutputPlan;
import org.recordrelief.adapter.OutputRecord;
import org.recordrelief.formats.DelimitedFormat;
import org.recordrelief.formats.DelimitedRowWriter;
import org.recordrelief.formats.FixedWidthRowWriter;
import org.recordrelief.formats.RowWriter;
import org.recordrelief.store.OutputReader;
import org.recordrelief.store.QuarantineReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a run's results back in the county's own format: a file for the outbox (delimited or
 * fixed-width) or rows in the county's results table, plus a quarantine report (file, line, field,
 * reason; never a value from the row).
 */
final class WriteBackStage {

    private static final Logger LOG = LoggerFactory.getLogger(WriteBackStage.class);
    private static final int BATCH = 1000;

    private final OutputReader outputs;
    private final QuarantineReader quarantine;
    private final Path workDir;

    WriteBackStage(OutputReader outputs, QuarantineReader quarantine, Path workDir) {
        this.outputs = outputs;
        this.quarantine = quarantine;
        this.workDir = workDir;
    }

    /** Writes the results and the quarantine report; returns the files for the outbox. */
    List<Path> write(RunContext run) {
        CompiledAdapter adapter = run.adapter();
        OutputPlan plan = adapter.output();
        Path tmp = WorkFolders.of(workDir, adapter.id()).create().tmp();
        Map<String, String> runValues = Map.of("run.id", String.valueOf(run.runId()), "run.asOf",
                run.asOf().toString(), "run.source", run.sourceName());
        List<Path> files = new ArrayList<>();
        if (plan.format() == OutputPlan.Format.TABLE) {
            long rows = insertIntoTable(run, plan, runValues);
            run.outputName("table " + plan.table() + " (" + rows + " rows)");
        } else {
            String name = plan.fileName(run.sourceName());
            Path file = tmp.resolve(name);
            writeFile(run, plan, runValues, file);
            files.add(file);
            run.outputName(name);
        }
        files.add(writeQuarantineReport(run, tmp));
        return files;
    }

    private void writeFile(RunContext run, OutputPlan plan, Map<String, String> runValues, Path file) {
        List<String> header = new ArrayList<>();
        if (plan.includeInputColumns()) {
            header.addAll(run.adapter().sourceColumns().names());
        }
        plan.columns().forEach(c -> header.add(c.name()));
        try (Writer out = new OutputStreamWriter(Files.newOutputStream(file), plan.charset());
             RowWriter writer = plan.format() == OutputPlan.Format.FIXED_WIDTH
                     ? new FixedWidthRowWriter(out, plan.columns().stream().map(OutputPlan.Column::field).toList(),
                     plan.lineTerminator())
                     : new DelimitedRowWriter(out, plan.delimited(), plan.lineTerminator(), header)) {
            outputs.forEach(run.runId(), plan.rows(), run.adapter().sourceColumns(), runValues, record ->
                    writer.write(values(plan, record)));
            if (writer.truncatedValues() > 0) {
                LOG.warn("{}: {} values were cut to fit their fixed-width fields", run, writer.truncatedValues());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private static List<String> values(OutputPlan plan, OutputRecord record) {
        List<String> values = new ArrayList<>();
        if (plan.includeInputColumns()) {
            values.addAll(record.inputValues());
        }
        for (OutputPlan.Column c : plan.columns()) {
            values.add(c.value().apply(record));
        }
        return values;
    }

    private long insertIntoTable(RunContext run, OutputPlan plan, Map<String, String> runValues) {
        DatabaseSettings db = plan.database();
        String columns = String.join(", ", plan.columns().stream().map(OutputPlan.Column::name).toList());
        String marks = String.join(", ", plan.columns().stream().map(c -> "?").toList());
        String sql = "INSERT INTO " + plan.table() + " (" + columns + ") VALUES (" + marks + ")";
        long[] rows = {0};
        try (Connection con = DriverManager.getConnection(db.url(), db.user(), db.password());
             PreparedStatement ps = con.prepareStatement(sql)) {
            con.setAutoCommit(false);
            outputs.forEach(run.runId(), plan.rows(), run.adapter().sourceColumns(), runValues, record -> {
                try {
                    List<String> values = values(plan, record);
                    for (int i = 0; i < values.size(); i++) {
                        ps.setString(i + 1, values.get(i).isEmpty() ? null : values.get(i));
                    }
                    ps.addBatch();
                    if (++rows[0] % BATCH == 0) {
                        ps.executeBatch();
                    }
                } catch (SQLException e) {
                    throw new UncheckedIOException(new IOException("cannot insert into " + plan.table() + ": "
                            + e.getMessage(), e));
                }
            });
            ps.executeBatch();
            con.commit();
            return rows[0];
        } catch (SQLException e) {
            throw new IllegalStateException("cannot write the results table " + plan.table() + " at " + db.url() + ": "
                    + e.getMessage(), e);
        }
    }

    private Path writeQuarantineReport(RunContext run, Path tmp) {
        String source = run.sourceName();
        int dot = source.lastIndexOf('.');
        Path file = tmp.resolve((dot > 0 ? source.substring(0, dot) : source) + "-quarantine.csv");
        try (Writer out = new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8);
             RowWriter writer = new DelimitedRowWriter(out, DelimitedFormat.CSV, "\n",
                     List.of("source_file", "line", "field", "reason", "needs_review"))) {
            quarantine.forEach(run.runId(), q -> writer.write(List.of(source, String.valueOf(q.lineNumber()),
                    q.field(), q.reason(), q.needsReview() ? "yes: may be a conviction the rules decide" : "")));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
        return file;
    }
}
