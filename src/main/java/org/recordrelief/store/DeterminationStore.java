package org.recordrelief.store;

import java.sql.PreparedStatement;
import java.util.List;
import javax.sql.DataSource;
import org.recordrelief.rules.Determination;

/** Writes a run's determinations, with the first input line of each count for the write-back. */
public final class DeterminationStore {

    /** A determination and the line its count starts on. */
    public record Located(Determination determination, long firstLine) {
    }

    private static final String INSERT = "INSERT INTO rr_determination (run_id, person_id, case_id, charge_id, "
            + "first_line, role, code, offence_level, outcome, reduced_to, county_option, referred_to, rule_ids, "
            + "reasons, related_charges, rule_set) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final DataSource dataSource;

    public DeterminationStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public void insert(long runId, List<Located> determinations) {
        if (determinations.isEmpty()) {
            return;
        }
        Jdbc.inTransaction(dataSource, con -> {
            try (PreparedStatement ps = con.prepareStatement(INSERT)) {
                for (Located l : determinations) {
                    Determination d = l.determination();
                    int i = 1;
                    ps.setLong(i++, runId);
                    ps.setString(i++, d.personId());
                    ps.setString(i++, d.caseId());
                    ps.setString(i++, d.chargeId());
                    ps.setLong(i++, l.firstLine());
                    ps.setString(i++, d.role().name());
                    ps.setString(i++, d.codeSection());
                    ps.setString(i++, d.level().name());
                    ps.setString(i++, d.outcome().name());
                    ps.setString(i++, d.reducedTo() == null ? null : d.reducedTo().name());
                    ps.setString(i++, d.countyOption());
                    ps.setString(i++, d.referredTo());
                    ps.setString(i++, d.ruleIds());
                    ps.setString(i++, d.reasonText());
                    ps.setString(i++, d.relatedCharges().isEmpty() ? null : String.join(" ", d.relatedCharges()));
                    ps.setString(i, d.ruleSetVersion());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        });
    }
}
