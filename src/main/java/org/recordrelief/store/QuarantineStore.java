package org.recordrelief.store;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.recordrelief.adapter.mapping.QuarantinedRow;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The rows of a run that could not be mapped: where they are and why, never their values. Written in
 * batches as the run goes, read back in line order for the quarantine report.
 */
public final class QuarantineStore {

    private static final BatchInsert INSERT = new BatchInsert("rr_quarantine", List.of("run_id", "line_number",
            "source_name", "field", "reason", "person_id", "affects_history", "needs_review"));

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;

    public QuarantineStore(DataSource dataSource) {
        this.dataSource = dataSource;
        this.jdbc = new JdbcTemplate(dataSource);
    }

    public void insert(long runId, String sourceName, List<QuarantinedRow> rows) {
        if (rows.isEmpty()) {
            return;
        }
        List<Object[]> values = new ArrayList<>(rows.size());
        for (QuarantinedRow r : rows) {
            values.add(new Object[] {runId, r.lineNumber(), sourceName, cut(r.field(), 300), cut(r.reason(), 2000),
                    r.personId(), r.affectsHistory(), r.needsReview()});
        }
        Jdbc.inTransaction(dataSource, con -> INSERT.insert(con, values));
    }

    /** The run's quarantined rows in line order. */
    public void forEach(long runId, Consumer<QuarantinedRow> consumer) {
        Jdbc.stream(dataSource, "SELECT line_number, field, reason, person_id, affects_history, needs_review FROM "
                + "rr_quarantine WHERE run_id = ? ORDER BY line_number", runId, rs -> consumer.accept(
                new QuarantinedRow(rs.getLong("line_number"), rs.getString("field"), rs.getString("reason"),
                        rs.getString("person_id"), rs.getBoolean("affects_history"), rs.getBoolean("needs_review"))));
    }

    /** Removes what a run stored (its determinations and quarantine); the run's ledger row keeps the reason. */
    public void discard(long runId) {
        RunLines.deleteRun(jdbc, "rr_determination", runId);
        jdbc.update("DELETE FROM rr_quarantine WHERE run_id = ?", runId);
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
