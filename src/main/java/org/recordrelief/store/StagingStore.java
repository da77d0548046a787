package org.recordrelief.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.HexFormat;
import java.util.List;
import javax.sql.DataSource;
import org.recordrelief.adapter.mapping.MappedRow;
import org.recordrelief.adapter.mapping.QuarantinedRow;
import org.springframework.jdbc.core.JdbcTemplate;

/** Writes mapped rows and quarantined rows of a run, a chunk at a time in one JDBC batch. */
public final class StagingStore {

    private static final String INSERT_ROW = "INSERT INTO rr_staged_row (run_id, line_number, row_kind, person_id, "
            + "case_id, charge_id, name_last, name_first, name_middle, date_of_birth, identifiers, case_number, court, "
            + "county, arrest_date, count_number, raw_code, code, offence_date, disposition, disposition_text, "
            + "conviction_date, offence_level, sentence_date, sentence_parts, sentence_complete, event_type, event_date, "
            + "row_hash, raw_values) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
            + "?, ?, ?, ?)";
    private static final String INSERT_QUARANTINE = "INSERT INTO rr_quarantine (run_id, line_number, source_name, "
            + "field, reason, person_id, affects_history, needs_review) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
    static final ObjectMapper JSON = new ObjectMapper();
    static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;

    public StagingStore(DataSource dataSource) {
        this.dataSource = dataSource;
        this.jdbc = new JdbcTemplate(dataSource);
    }

    public void stage(long runId, List<MappedRow> rows) {
        if (rows.isEmpty()) {
            return;
        }
        Jdbc.inTransaction(dataSource, con -> {
            try (PreparedStatement ps = con.prepareStatement(INSERT_ROW)) {
                for (MappedRow r : rows) {
                    bind(ps, runId, r);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        });
    }

    public void quarantine(long runId, String sourceName, List<QuarantinedRow> rows) {
        if (rows.isEmpty()) {
            return;
        }
        Jdbc.inTransaction(dataSource, con -> insertQuarantine(con, runId, sourceName, rows));
    }

    /** Takes loaded rows back out of staging into quarantine (found when the person's rows are assembled). */
    public void moveToQuarantine(long runId, String sourceName, List<QuarantinedRow> rows) {
        if (rows.isEmpty()) {
            return;
        }
        Jdbc.inTransaction(dataSource, con -> {
            try (PreparedStatement delete = con.prepareStatement(
                    "DELETE FROM rr_staged_row WHERE run_id = ? AND line_number = ?")) {
                for (QuarantinedRow r : rows) {
                    delete.setLong(1, runId);
                    delete.setLong(2, r.lineNumber());
                    delete.addBatch();
                }
                delete.executeBatch();
            }
            insertQuarantine(con, runId, sourceName, rows);
        });
    }

    public long countLoaded(long runId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM rr_staged_row WHERE run_id = ?", Long.class, runId);
    }

    public long countQuarantined(long runId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM rr_quarantine WHERE run_id = ?", Long.class, runId);
    }

    /** Quarantined rows that may be convictions the rules decide: they get no determination, so someone reads them. */
    public long countQuarantinedForReview(long runId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM rr_quarantine WHERE run_id = ? AND needs_review", Long.class,
                runId);
    }

    /** Removes what a failed run staged; the run's ledger row keeps the reason. */
    public void discard(long runId) {
        jdbc.update("DELETE FROM rr_determination WHERE run_id = ?", runId);
        jdbc.update("DELETE FROM rr_quarantine WHERE run_id = ?", runId);
        jdbc.update("DELETE FROM rr_staged_row WHERE run_id = ?", runId);
    }

    private static void insertQuarantine(Connection con, long runId, String sourceName, List<QuarantinedRow> rows)
            throws SQLException {
        try (PreparedStatement ps = con.prepareStatement(INSERT_QUARANTINE)) {
            for (QuarantinedRow r : rows) {
                ps.setLong(1, runId);
                ps.setLong(2, r.lineNumber());
                ps.setString(3, sourceName);
                ps.setString(4, cut(r.field(), 300));
                ps.setString(5, cut(r.reason(), 2000));
                ps.setString(6, r.personId());
                ps.setBoolean(7, r.affectsHistory());
                ps.setBoolean(8, r.needsReview());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void bind(PreparedStatement ps, long runId, MappedRow r) throws SQLException {
        int i = 1;
        ps.setLong(i++, runId);
        ps.setLong(i++, r.lineNumber());
        ps.setString(i++, r.kind().name());
        ps.setString(i++, r.personId());
        ps.setString(i++, r.caseId());
        ps.setString(i++, r.chargeId());
        ps.setString(i++, r.name() == null ? null : cut(r.name().last(), 200));
        ps.setString(i++, r.name() == null ? null : cut(r.name().first(), 200));
        ps.setString(i++, r.name() == null ? null : cut(r.name().middle(), 200));
        ps.setObject(i++, r.dateOfBirth(), Types.DATE);
        ps.setString(i++, StagedValues.identifiers(r.identifiers()));
        ps.setString(i++, cut(r.caseNumber(), 100));
        ps.setString(i++, cut(r.court(), 200));
        ps.setString(i++, cut(r.county(), 100));
        ps.setObject(i++, r.arrestDate(), Types.DATE);
        ps.setString(i++, r.countNumber());
        ps.setString(i++, cut(r.rawCode(), 500));
        ps.setString(i++, r.code() == null ? null : r.code().canonical());
        ps.setObject(i++, r.offenceDate(), Types.DATE);
        ps.setString(i++, r.disposition() == null ? null : r.disposition().name());
        ps.setString(i++, cut(r.dispositionText(), 200));
        ps.setObject(i++, r.convictionDate(), Types.DATE);
        ps.setString(i++, r.level() == null ? null : r.level().name());
        ps.setObject(i++, r.sentenceDate(), Types.DATE);
        ps.setString(i++, StagedValues.sentenceParts(r.sentenceParts()));
        ps.setObject(i++, r.sentenceComplete(), Types.BOOLEAN);
        ps.setString(i++, r.eventType() == null ? null : r.eventType().name());
        ps.setObject(i++, r.eventDate(), Types.DATE);
        ps.setString(i++, rowHash(r.rawValues()));
        ps.setString(i, json(r.rawValues()));
    }

    /** Identifies a row by its content, to find exact duplicates. */
    static String rowHash(List<String> values) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String v : values) {
                sha.update(v.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0x1F);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String json(List<String> values) {
        try {
            return JSON.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
