package org.recordrelief.store;

import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.recordrelief.rules.Determination;

/** Writes a run's determinations, with the first input line of each count for the write-back. */
public final class DeterminationStore {

    /**
     * A determination, the line its count starts on, and the first line of its person's first determination
     * (by which the person's name is found: {@link PersonStore}).
     */
    public record Located(Determination determination, long firstLine, long personLine) {
    }

    private static final BatchInsert INSERT = new BatchInsert("rr_determination", List.of("run_line", "run_id",
            "person_id", "case_id", "charge_id", "first_line", "person_line", "role", "code", "offence_level",
            "outcome", "reduced_to", "county_option", "referred_to", "rule_ids", "reasons", "related_charges",
            "rule_set"));

    private final DataSource dataSource;

    public DeterminationStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Stores a batch in one transaction (COPY on PostgreSQL). */
    public void insert(long runId, List<Located> determinations) {
        insert(runId, determinations, List.of());
    }

    /**
     * Stores a batch, and who the people of its determinations are ({@link PersonStore}), in one transaction:
     * one commit where there were two, each of which H2 pays row by row.
     */
    public void insert(long runId, List<Located> determinations, List<PersonStore.Listed> people) {
        if (determinations.isEmpty() && people.isEmpty()) {
            return;
        }
        List<Object[]> rows = new ArrayList<>(determinations.size());
        for (Located l : determinations) {
            Determination d = l.determination();
            rows.add(new Object[] {RunLines.key(runId, l.firstLine()), runId, d.personId(), d.caseId(), d.chargeId(),
                    l.firstLine(), l.personLine(), d.role().name(), d.codeSection(), d.level().name(),
                    d.outcome().name(), d.reducedTo() == null ? null : d.reducedTo().name(), d.countyOption(),
                    d.referredTo(), d.ruleIds(), d.reasonText(),
                    d.relatedCharges().isEmpty() ? null : String.join(" ", d.relatedCharges()), d.ruleSetVersion()});
        }
        Jdbc.inTransaction(dataSource, con -> {
            INSERT.insert(con, rows);
            if (!people.isEmpty()) {
                PersonStore.insert(con, runId, people);
            }
        });
    }
}
