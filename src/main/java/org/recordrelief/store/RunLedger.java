package org.recordrelief.store;

import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.recordrelief.report.RunSummary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

/** The run history: one row per run of one county on one source, with its reconciliation and summary. */
public final class RunLedger {

    /** A run that was left RUNNING and is now marked INTERRUPTED. */
    public record Interrupted(long runId, String adapterId, String sourceName) {
    }

    /** Runs that processed their export: their results were delivered, or wait for (or passed) approval. */
    private static final String PROCESSED = "('COMPLETED', 'AWAITING_APPROVAL', 'APPROVED')";

    private final JdbcTemplate jdbc;
    private final String workFolder;

    /** @param workFolder the installation's work folder; its runs are the ones this ledger starts and ends */
    public RunLedger(DataSource dataSource, Path workFolder) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.workFolder = workFolder.toAbsolutePath().normalize().toString();
    }

    /**
     * Marks this work folder's runs that are still RUNNING as INTERRUPTED and removes what they stored:
     * called when no run of the folder can be going on (at start, holding the folder's lock, or after the
     * routes stopped). Runs from before the ledger knew work folders count as this folder's.
     */
    public List<Interrupted> interruptUnfinished(String reason) {
        List<Interrupted> runs = jdbc.query("SELECT run_id, adapter_id, source_name FROM rr_run WHERE status = "
                + "'RUNNING' AND (work_folder = ? OR work_folder IS NULL) ORDER BY run_id", (rs, i) -> new Interrupted(
                rs.getLong("run_id"), rs.getString("adapter_id"), rs.getString("source_name")), workFolder);
        for (Interrupted run : runs) {
            RunLines.deleteRun(jdbc, "rr_determination", run.runId());
            jdbc.update("DELETE FROM rr_quarantine WHERE run_id = ?", run.runId());
            RunLines.deleteRun(jdbc, "rr_person", run.runId());
            jdbc.update("UPDATE rr_run SET status = 'INTERRUPTED', finished_at = ?, failure_reason = ? WHERE run_id = ? "
                    + "AND status = 'RUNNING'", Timestamp.from(Instant.now()), reason, run.runId());
        }
        return runs;
    }

    /**
     * Removes the determinations and quarantined rows of this work folder's runs that finished before
     * {@code cutoff} (whatever their status, never a run still going or one a reviewer has yet to decide or
     * whose delivery has not ended), and marks them purged; the ledger
     * rows stay, with their counts. Returns how many runs were purged.
     */
    public int purgeFinishedBefore(Instant cutoff) {
        List<Long> runs = jdbc.queryForList("SELECT run_id FROM rr_run WHERE status NOT IN ('RUNNING', "
                + "'AWAITING_APPROVAL', 'APPROVED') AND purged_at IS NULL AND finished_at < ? AND (work_folder = ? OR work_folder IS NULL) ORDER BY run_id", Long.class,
                Timestamp.from(cutoff), workFolder);
        Timestamp now = Timestamp.from(Instant.now());
        for (long runId : runs) {
            RunLines.deleteRun(jdbc, "rr_determination", runId);
            jdbc.update("DELETE FROM rr_quarantine WHERE run_id = ?", runId);
            RunLines.deleteRun(jdbc, "rr_person", runId);
            jdbc.update("UPDATE rr_run SET purged_at = ? WHERE run_id = ?", now, runId);
        }
        return runs.size();
    }

    public long start(String adapterId, String county, String sourceName, LocalDate asOf, String ruleSet) {
        return start(adapterId, county, sourceName, asOf, ruleSet, null);
    }

    /**
     * The runs whose exports count as already processed: this installation's (two installations may share one
     * staging database and each processes its own exports), or, for instances of a cluster that share the
     * county, every instance's.
     */
    private static final String PROCESSED_HERE = " AND (? OR work_folder = ? OR work_folder IS NULL)";

    /**
     * True when a completed run of this county processed a file of this size (so the contents may match).
     *
     * @param anyInstance count the runs of every installation on this database (a cluster sharing the county)
     */
    public boolean completedWithSize(String adapterId, long bytes, boolean anyInstance) {
        return !jdbc.queryForList("SELECT run_id FROM rr_run WHERE adapter_id = ? AND source_bytes = ? AND status IN "
                + PROCESSED + PROCESSED_HERE, Long.class, adapterId, bytes, anyInstance, workFolder).isEmpty();
    }

    /** The file's size and SHA-256, once known (a file export's hash is taken as the run reads it). */
    public void source(long runId, long bytes, String sha256) {
        jdbc.update("UPDATE rr_run SET source_bytes = ?, source_sha256 = ? WHERE run_id = ?", bytes, sha256, runId);
    }

    /** The completed run of this county that processed a file with these contents, if any (scope as above). */
    public Optional<RunRecord> completedWithContents(String adapterId, String sha256, boolean anyInstance) {
        return jdbc.queryForList("SELECT run_id FROM rr_run WHERE adapter_id = ? AND source_sha256 = ? AND status IN "
                + PROCESSED + PROCESSED_HERE + " ORDER BY run_id", Long.class, adapterId, sha256, anyInstance,
                workFolder).stream().findFirst().flatMap(this::find);
    }

    /** Records a file that was not processed because a completed run already had its contents. */
    public long skipped(String adapterId, String county, String sourceName, LocalDate asOf, String ruleSet,
                        String sha256, String reason) {
        long runId = start(adapterId, county, sourceName, asOf, ruleSet, sha256);
        jdbc.update("UPDATE rr_run SET status = 'SKIPPED', finished_at = ?, failure_reason = ? WHERE run_id = ?",
                Timestamp.from(Instant.now()), reason, runId);
        return runId;
    }

    /** @param sha256 the contents' SHA-256 of a file export, null for other sources */
    public long start(String adapterId, String county, String sourceName, LocalDate asOf, String ruleSet,
                      String sha256) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.update(con -> {
            var ps = con.prepareStatement("INSERT INTO rr_run (adapter_id, county, source_name, as_of, rule_set, status, "
                    + "started_at, work_folder, source_sha256) VALUES (?, ?, ?, ?, ?, 'RUNNING', ?, ?, ?)",
                    new String[] {"run_id"});
            ps.setString(1, adapterId);
            ps.setString(2, county);
            ps.setString(3, sourceName);
            ps.setObject(4, asOf);
            ps.setString(5, ruleSet);
            ps.setTimestamp(6, Timestamp.from(Instant.now()));
            ps.setString(7, workFolder);
            ps.setString(8, sha256);
            return ps;
        }, key);
        return key.getKey().longValue();
    }

    /** Records a run as completed; refused when the run is no longer RUNNING (it was interrupted meanwhile). */
    public void complete(long runId, Reconciliation r, RunSummary s, String outputName) {
        end(runId, RunStatus.COMPLETED, r, s, outputName);
    }

    /** Records a run whose results wait for a reviewer's approval, with its figures; refused as complete() is. */
    public void awaitApproval(long runId, Reconciliation r, RunSummary s, String outputName) {
        end(runId, RunStatus.AWAITING_APPROVAL, r, s, outputName);
    }

    private void end(long runId, RunStatus status, Reconciliation r, RunSummary s, String outputName) {
        int updated = jdbc.update("UPDATE rr_run SET status = ?, finished_at = ?, rows_read = ?, rows_loaded = ?, "
                        + "rows_quarantined = ?, persons = ?, convictions_eligible = ?, individuals_eligible = ?, "
                        + "dismissed = ?, reduced = ?, left_no_conviction = ?, left_no_felony = ?, "
                        + "persons_with_unreadable_rows = ?, reviews_incomplete_history = ?, quarantined_to_review = ?, "
                        + "output_name = ? "
                        + "WHERE run_id = ? AND status = 'RUNNING'",
                status.name(), Timestamp.from(Instant.now()), r.rowsRead(), r.rowsLoaded(), r.rowsQuarantined(),
                s.personsEvaluated(), s.convictionsEligible(), s.individualsEligible(), s.dismissed(), s.reduced(),
                s.individualsLeftWithNoConviction(), s.individualsLeftWithNoFelony(),
                s.individualsWithUnreadableRecords(), s.reviewsForIncompleteHistory(), s.quarantinedForReview(),
                outputName, runId);
        if (updated == 0) {
            // the routes were stopped and the run interrupted (its results removed) while it was finishing
            throw new IllegalStateException("run " + runId + " was interrupted before it could be recorded as completed; "
                    + "its export is read again at the next start");
        }
    }

    /** The SHA-256 of the descriptor and policy a run was decided by. */
    public void configuration(long runId, String sha256) {
        jdbc.update("UPDATE rr_run SET descriptor_sha256 = ? WHERE run_id = ?", sha256, runId);
    }

    /**
     * Records a reviewer's decision on a run awaiting approval: APPROVED or REJECTED. False when the run was
     * not awaiting approval (decided meanwhile by someone else).
     */
    public boolean decide(long runId, RunStatus decision, String reviewer, String note) {
        if (decision != RunStatus.APPROVED && decision != RunStatus.REJECTED) {
            throw new IllegalArgumentException("a reviewer approves or rejects, not " + decision);
        }
        return jdbc.update("UPDATE rr_run SET status = ?, reviewed_by = ?, reviewed_at = ?, review_note = ? WHERE "
                + "run_id = ? AND status = 'AWAITING_APPROVAL'", decision.name(), reviewer,
                Timestamp.from(Instant.now()), note, runId) == 1;
    }

    /** An approved run's results reached the county. */
    public void delivered(long runId) {
        jdbc.update("UPDATE rr_run SET status = 'COMPLETED' WHERE run_id = ? AND status = 'APPROVED'", runId);
    }

    /** True when the run's results wait in this work folder (it ran here), so this process delivers it. */
    public boolean ranHere(long runId) {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM rr_run WHERE run_id = ? AND (work_folder = ? OR "
                + "work_folder IS NULL)", Integer.class, runId, workFolder);
        return n != null && n > 0;
    }

    /** This work folder's approved runs whose delivery has not ended (the process stopped during it). */
    public List<Long> approvedNotDelivered() {
        return jdbc.queryForList("SELECT run_id FROM rr_run WHERE status = 'APPROVED' AND (work_folder = ? OR "
                + "work_folder IS NULL) ORDER BY run_id", Long.class, workFolder);
    }

    /** Records a run as failed, unless it was already interrupted. */
    public void fail(long runId, String reason) {
        jdbc.update("UPDATE rr_run SET status = 'FAILED', finished_at = ?, failure_reason = ? WHERE run_id = ? AND "
                + "status = 'RUNNING'",
                Timestamp.from(Instant.now()), reason.length() > 2000 ? reason.substring(0, 2000) : reason, runId);
    }

    public Optional<RunRecord> find(long runId) {
        return jdbc.query("SELECT * FROM rr_run WHERE run_id = ?", (rs, i) -> new RunRecord(rs.getLong("run_id"),
                rs.getString("adapter_id"), rs.getString("county"), rs.getString("source_name"),
                rs.getObject("as_of", LocalDate.class), rs.getString("rule_set"), RunStatus.valueOf(rs.getString("status")),
                rs.getTimestamp("started_at").toInstant(),
                rs.getTimestamp("finished_at") == null ? null : rs.getTimestamp("finished_at").toInstant(),
                new Reconciliation(rs.getLong("rows_read"), rs.getLong("rows_loaded"), rs.getLong("rows_quarantined")),
                rs.getString("output_name"), rs.getString("failure_reason")), runId).stream().findFirst();
    }
}
