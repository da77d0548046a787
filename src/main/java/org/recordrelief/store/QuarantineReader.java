package org.recordrelief.store;

import java.util.function.Consumer;
import javax.sql.DataSource;
import org.recordrelief.adapter.mapping.QuarantinedRow;

/** Streams a run's quarantined rows in line order, for the quarantine report. */
public final class QuarantineReader {

    private final DataSource dataSource;

    public QuarantineReader(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public void forEach(long runId, Consumer<QuarantinedRow> consumer) {
        Jdbc.stream(dataSource, "SELECT line_number, field, reason, person_id, affects_history, needs_review FROM "
                + "rr_quarantine WHERE run_id = ? ORDER BY line_number", runId, rs -> consumer.accept(
                new QuarantinedRow(rs.getLong("line_number"), rs.getString("field"), rs.getString("reason"),
                        rs.getString("person_id"), rs.getBoolean("affects_history"), rs.getBoolean("needs_review"))));
    }
}
