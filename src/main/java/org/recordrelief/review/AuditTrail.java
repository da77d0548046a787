package org.recordrelief.review;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The append-only audit table: every view of personal data, every change of a determination and every
 * decision on a run, with who, when, the run, its rule set and the SHA-256 of the county's descriptor and
 * policy the run was decided by. The database refuses to change or remove a row (Flyway V13).
 */
public final class AuditTrail {

    /** What was done. */
    public enum Action { LOGIN, VIEW_NAMES, OVERRIDE, APPROVE, REJECT, DOWNLOAD }

    /** One audit row, as the run page lists them. */
    public record Entry(Instant at, String username, String action, Long runId, String ruleSet,
                        String descriptorSha256, String detail) {
    }

    private final JdbcTemplate jdbc;

    public AuditTrail(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    /** Records an action on a run; the rule set and configuration hash are those the run recorded. */
    public void record(String username, Action action, long runId, String detail) {
        jdbc.update("INSERT INTO rr_audit (at, username, action, run_id, adapter_id, rule_set, descriptor_sha256, "
                + "detail) SELECT ?, ?, ?, run_id, adapter_id, rule_set, descriptor_sha256, ? FROM rr_run WHERE run_id "
                + "= ?", Timestamp.from(Instant.now()), username, action.name(), cut(detail), runId);
    }

    /** Records an action on no run (a login). */
    public void record(String username, Action action, String detail) {
        jdbc.update("INSERT INTO rr_audit (at, username, action, detail) VALUES (?, ?, ?, ?)",
                Timestamp.from(Instant.now()), username, action.name(), cut(detail));
    }

    public List<Entry> forRun(long runId) {
        return jdbc.query("SELECT * FROM rr_audit WHERE run_id = ? ORDER BY audit_id", (rs, i) -> new Entry(
                rs.getTimestamp("at").toInstant(), rs.getString("username"), rs.getString("action"),
                rs.getLong("run_id"), rs.getString("rule_set"), rs.getString("descriptor_sha256"),
                rs.getString("detail")), runId);
    }

    /** True when the trail holds an approval of the run. */
    public boolean approved(long runId) {
        return !jdbc.queryForList("SELECT audit_id FROM rr_audit WHERE run_id = ? AND action = 'APPROVE'", Long.class,
                runId).isEmpty();
    }

    private static String cut(String s) {
        return s == null || s.length() <= 2000 ? s : s.substring(0, 2000);
    }
}
