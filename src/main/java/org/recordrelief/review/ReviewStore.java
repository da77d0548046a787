package org.recordrelief.review;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.recordrelief.store.RunLines;
import org.springframework.jdbc.core.JdbcTemplate;

/** What the review pages read from the staging database: runs, their determinations, reviewers' changes. */
public final class ReviewStore {

    /** A run as the pages show it: its ledger row and figures. */
    public record Run(long runId, String adapterId, String county, String sourceName, LocalDate asOf, String ruleSet,
                      String status, Instant startedAt, Instant finishedAt, long rowsRead, long rowsLoaded,
                      long rowsQuarantined, Map<String, Long> figures, String outputName, String failureReason,
                      String descriptorSha256, String reviewedBy, Instant reviewedAt, String reviewNote) {

        public boolean awaitsApproval() {
            return "AWAITING_APPROVAL".equals(status);
        }
    }

    /** A reviewer's change of one determination. */
    public record Change(String outcome, String reducedTo, String reason, String reviewer, Instant changedAt) {
    }

    /**
     * One determination, with the reviewer's change when there is one; {@code personLine} finds the person's
     * name ({@link org.recordrelief.review.Review#names}).
     */
    public record DeterminationRow(long firstLine, long personLine, String personId, String caseId, String chargeId,
                                   String role, String code, String level, String outcome, String reducedTo, String countyOption,
                                   String referredTo, String ruleIds, String reasons, String relatedCharges,
                                   String ruleSet, Change change) {

        /** The outcome that goes back: the reviewer's when changed. */
        public String effectiveOutcome() {
            return change == null ? outcome : change.outcome();
        }
    }

    /** Filters of the determinations table; null or blank means any. */
    public record Filter(String outcome, String code, String rule, String countyOption) {

        public static final Filter NONE = new Filter(null, null, null, null);
    }

    /** The press-release figures, in the order the summary prints them. */
    public static final List<String> FIGURES = List.of("convictions_eligible", "individuals_eligible", "dismissed",
            "reduced", "left_no_conviction", "left_no_felony", "persons");

    private static final String DETERMINATIONS = "SELECT d.*, o.outcome AS new_outcome, o.reduced_to AS "
            + "new_reduced_to, o.reason AS change_reason, o.reviewer, o.changed_at FROM rr_determination d LEFT JOIN "
            + "rr_override o ON o.run_id = d.run_id AND o.first_line = d.first_line WHERE "
            + RunLines.inRun("d.run_line");

    private final JdbcTemplate jdbc;
    private final org.springframework.jdbc.core.RowMapper<Run> runMapper = this::run;
    private final org.springframework.jdbc.core.RowMapper<DeterminationRow> determinationMapper = this::determination;

    public ReviewStore(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    /** The runs of these counties, newest first. */
    public List<Run> runs(java.util.Collection<String> adapterIds, int limit) {
        if (adapterIds.isEmpty()) {
            return List.of();
        }
        String marks = String.join(", ", adapterIds.stream().map(a -> "?").toList());
        List<Object> args = new ArrayList<>(adapterIds);
        args.add(limit);
        return jdbc.query("SELECT * FROM rr_run WHERE adapter_id IN (" + marks + ") ORDER BY run_id DESC LIMIT ?",
                runMapper, args.toArray());
    }

    public Optional<Run> run(long runId) {
        return jdbc.query("SELECT * FROM rr_run WHERE run_id = ?", runMapper, runId).stream().findFirst();
    }

    /** The determinations of a run that pass the filter, in line order, a page at a time. */
    public List<DeterminationRow> determinations(long runId, Filter filter, int limit, long offset) {
        List<Object> args = new ArrayList<>(List.of(RunLines.ofRun(runId)));
        String where = where(filter, args);
        args.add(limit);
        args.add(offset);
        return jdbc.query(DETERMINATIONS + where + " ORDER BY d.run_line LIMIT ? OFFSET ?", determinationMapper,
                args.toArray());
    }

    /** Every determination of a run that passes the filter, in line order, streamed (downloads). */
    public void forEachDetermination(long runId, Filter filter, Consumer<DeterminationRow> row) {
        List<Object> args = new ArrayList<>(List.of(RunLines.ofRun(runId)));
        String where = where(filter, args);
        jdbc.query(DETERMINATIONS + where + " ORDER BY d.run_line", rs -> {
            row.accept(determination(rs, 0));
        }, args.toArray());
    }

    public long countDeterminations(long runId, Filter filter) {
        List<Object> args = new ArrayList<>(List.of(RunLines.ofRun(runId)));
        String where = where(filter, args);
        return jdbc.queryForObject("SELECT COUNT(*) FROM rr_determination d LEFT JOIN rr_override o ON o.run_id = "
                + "d.run_id AND o.first_line = d.first_line WHERE " + RunLines.inRun("d.run_line") + where, Long.class,
                args.toArray());
    }

    public Optional<DeterminationRow> determination(long runId, long firstLine) {
        if (!RunLines.holds(firstLine)) {
            return Optional.empty(); // a line from a form no run can have
        }
        return jdbc.query(DETERMINATIONS + " AND d.run_line = ?", determinationMapper, RunLines.first(runId),
                RunLines.last(runId), RunLines.key(runId, firstLine)).stream()
                .findFirst();
    }

    /** How many determinations of the run have each value of a column (outcome as it goes back, code, ...). */
    public Map<String, Long> countsBy(long runId, String column) {
        String expression = switch (column) {
            case "outcome" -> "COALESCE(o.outcome, d.outcome)";
            case "code" -> "d.code";
            case "county_option" -> "d.county_option";
            default -> throw new IllegalArgumentException("no counts by " + column);
        };
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.query("SELECT " + expression + " AS v, COUNT(*) AS n FROM rr_determination d LEFT JOIN rr_override o ON "
                + "o.run_id = d.run_id AND o.first_line = d.first_line WHERE " + RunLines.inRun("d.run_line") + " AND "
                + expression + " IS NOT NULL GROUP BY " + expression + " ORDER BY " + expression, rs -> {
                    counts.put(rs.getString("v"), rs.getLong("n"));
                }, RunLines.ofRun(runId));
        return counts;
    }

    /** The rule ids the run's determinations name, each once, sorted. */
    public List<String> ruleIds(long runId) {
        java.util.TreeSet<String> ids = new java.util.TreeSet<>();
        jdbc.query("SELECT DISTINCT rule_ids FROM rr_determination WHERE " + RunLines.inRun("run_line"), rs -> {
            ids.addAll(List.of(rs.getString(1).split("\\+")));
        }, RunLines.ofRun(runId));
        return List.copyOf(ids);
    }

    /** The quarantined rows of a run: where and why (never values). */
    public List<String[]> quarantine(long runId, int limit) {
        return jdbc.query("SELECT line_number, field, reason, needs_review FROM rr_quarantine WHERE run_id = ? ORDER BY "
                + "line_number LIMIT ?", (rs, i) -> new String[] {String.valueOf(rs.getLong(1)), rs.getString(2),
                rs.getString(3), rs.getBoolean(4) ? "yes" : ""}, runId, limit);
    }

    /** The reviewers' changes of a run, by the first line of the determination each changes. */
    public Map<Long, Change> changes(long runId) {
        Map<Long, Change> changes = new LinkedHashMap<>();
        jdbc.query("SELECT * FROM rr_override WHERE run_id = ? ORDER BY first_line", rs -> {
            changes.put(rs.getLong("first_line"), change(rs));
        }, runId);
        return changes;
    }

    /** Removes a reviewer's change: the determination goes back as recommended. */
    public void withdraw(long runId, long firstLine) {
        jdbc.update("DELETE FROM rr_override WHERE run_id = ? AND first_line = ?", runId, firstLine);
    }

    /** Records (or replaces) a reviewer's change of one determination. */
    public void change(long runId, long firstLine, Change change) {
        jdbc.update("DELETE FROM rr_override WHERE run_id = ? AND first_line = ?", runId, firstLine);
        jdbc.update("INSERT INTO rr_override (run_id, first_line, outcome, reduced_to, reason, reviewer, changed_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?)", runId, firstLine, change.outcome(), change.reducedTo(), change.reason(),
                change.reviewer(), Timestamp.from(change.changedAt()));
    }

    private static String where(Filter f, List<Object> args) {
        StringBuilder where = new StringBuilder();
        if (present(f.outcome())) {
            where.append(" AND COALESCE(o.outcome, d.outcome) = ?");
            args.add(f.outcome());
        }
        if (present(f.code())) {
            where.append(" AND d.code = ?");
            args.add(f.code());
        }
        if (present(f.rule())) {
            where.append(" AND ('+' || d.rule_ids || '+') LIKE ?");
            args.add("%+" + f.rule().replace("%", "").replace("_", "\\_") + "+%");
        }
        if (present(f.countyOption())) {
            where.append(" AND d.county_option = ?");
            args.add(f.countyOption());
        }
        return where.toString();
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }

    private Run run(ResultSet rs, int i) throws SQLException {
        Map<String, Long> figures = new LinkedHashMap<>();
        for (String f : FIGURES) {
            figures.put(f, rs.getLong(f));
        }
        return new Run(rs.getLong("run_id"), rs.getString("adapter_id"), rs.getString("county"),
                rs.getString("source_name"), rs.getObject("as_of", LocalDate.class), rs.getString("rule_set"),
                rs.getString("status"), instant(rs.getTimestamp("started_at")), instant(rs.getTimestamp("finished_at")),
                rs.getLong("rows_read"), rs.getLong("rows_loaded"), rs.getLong("rows_quarantined"), figures,
                rs.getString("output_name"), rs.getString("failure_reason"), rs.getString("descriptor_sha256"),
                rs.getString("reviewed_by"), instant(rs.getTimestamp("reviewed_at")), rs.getString("review_note"));
    }

    private DeterminationRow determination(ResultSet rs, int i) throws SQLException {
        Change change = rs.getString("new_outcome") == null ? null : new Change(rs.getString("new_outcome"),
                rs.getString("new_reduced_to"), rs.getString("change_reason"), rs.getString("reviewer"),
                instant(rs.getTimestamp("changed_at")));
        return new DeterminationRow(rs.getLong("first_line"), rs.getLong("person_line"), rs.getString("person_id"),
                rs.getString("case_id"),
                rs.getString("charge_id"), rs.getString("role"), rs.getString("code"), rs.getString("offence_level"),
                rs.getString("outcome"), rs.getString("reduced_to"), rs.getString("county_option"),
                rs.getString("referred_to"), rs.getString("rule_ids"), rs.getString("reasons"),
                rs.getString("related_charges"), rs.getString("rule_set"), change);
    }

    private static Change change(ResultSet rs) throws SQLException {
        return new Change(rs.getString("outcome"), rs.getString("reduced_to"), rs.getString("reason"),
                rs.getString("reviewer"), instant(rs.getTimestamp("changed_at")));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
