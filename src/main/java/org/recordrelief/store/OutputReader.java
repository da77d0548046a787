package org.recordrelief.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.recordrelief.adapter.OutputPlan;
import org.recordrelief.adapter.OutputRecord;
import org.recordrelief.formats.Columns;

/** Streams what the write-back needs: input rows with their determinations, or determinations with their row. */
public final class OutputReader {

    private static final String STAGED_COLUMNS = "s.line_number, s.raw_values, s.person_id, s.case_id, s.charge_id, "
            + "s.case_number, s.court, s.county, s.count_number, s.code AS charge_code, s.raw_code, s.offence_level, "
            + "s.disposition, s.conviction_date";
    private static final String DETERMINATION_COLUMNS = "d.role, d.outcome, d.reduced_to, d.county_option, "
            + "d.referred_to, d.rule_ids, d.reasons, d.related_charges, d.rule_set";
    private static final String PER_INPUT_ROW = "SELECT " + STAGED_COLUMNS + ", " + DETERMINATION_COLUMNS
            + " FROM rr_staged_row s LEFT JOIN rr_determination d ON d.run_id = s.run_id AND d.person_id = s.person_id "
            + "AND d.case_id = s.case_id AND d.charge_id = s.charge_id WHERE s.run_id = ? ORDER BY s.line_number";
    private static final String PER_DETERMINATION = "SELECT " + STAGED_COLUMNS + ", " + DETERMINATION_COLUMNS
            + " FROM rr_determination d JOIN rr_staged_row s ON s.run_id = d.run_id AND s.line_number = d.first_line "
            + "WHERE d.run_id = ? ORDER BY d.first_line";

    private final DataSource dataSource;

    public OutputReader(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * @param runValues values that are the same for every row: run.id, run.asOf, run.source
     */
    public void forEach(long runId, OutputPlan.Rows rows, Columns inputColumns, Map<String, String> runValues,
                        Consumer<OutputRecord> consumer) {
        String sql = rows == OutputPlan.Rows.PER_INPUT_ROW ? PER_INPUT_ROW : PER_DETERMINATION;
        Jdbc.stream(dataSource, sql, runId, rs -> consumer.accept(new OutputRecord(rs.getLong("line_number"),
                StagedPersonReader.rawValues(rs.getString("raw_values")), inputColumns, values(rs, runValues))));
    }

    private static Map<String, String> values(ResultSet rs, Map<String, String> runValues) throws SQLException {
        Map<String, String> v = new HashMap<>(runValues);
        v.put("person.id", rs.getString("person_id"));
        v.put("case.id", rs.getString("case_id"));
        v.put("case.caseNumber", rs.getString("case_number"));
        v.put("case.court", rs.getString("court"));
        v.put("case.county", rs.getString("county"));
        v.put("charge.id", rs.getString("charge_id"));
        v.put("charge.countNumber", rs.getString("count_number"));
        v.put("charge.code", rs.getString("charge_code"));
        v.put("charge.rawCode", rs.getString("raw_code"));
        v.put("charge.level", rs.getString("offence_level"));
        v.put("charge.disposition", rs.getString("disposition"));
        Object convicted = rs.getObject("conviction_date", java.time.LocalDate.class);
        v.put("charge.convictionDate", convicted == null ? null : convicted.toString());
        v.put("determination.role", rs.getString("role"));
        v.put("determination.outcome", rs.getString("outcome"));
        v.put("determination.reducedTo", rs.getString("reduced_to"));
        v.put("determination.countyOption", rs.getString("county_option"));
        v.put("determination.referredTo", rs.getString("referred_to"));
        v.put("determination.ruleIds", rs.getString("rule_ids"));
        v.put("determination.reasons", rs.getString("reasons"));
        v.put("determination.relatedCharges", rs.getString("related_charges"));
        v.put("determination.ruleSetVersion", rs.getString("rule_set"));
        return v;
    }
}
