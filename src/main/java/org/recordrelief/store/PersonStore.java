package org.recordrelief.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.recordrelief.model.Person;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Who the pseudonymous people of a run awaiting approval are, for a reviewer who asks: their name and date
 * of birth, nothing else. Kept only until the run is decided (and never for a county without approval).
 * A person is found by the first line of their first determination ({@code person_line} of each
 * determination), which grows as a run goes, so a run's people go in at the end of the table's index.
 */
public final class PersonStore {

    /** A person's name as a reviewer sees it, and their date of birth (either may be missing). */
    public record Named(String name, LocalDate dateOfBirth) {

        @Override
        public String toString() {
            return "Named[redacted]";
        }
    }

    /** A person of a run and the first line of their first determination. */
    public record Listed(long personLine, Person person) {
    }

    private static final BatchInsert INSERT = new BatchInsert("rr_person", List.of("run_line", "run_id", "person_line",
            "person_id", "name_last", "name_first", "name_middle", "date_of_birth"));

    private final DataSource dataSource;

    public PersonStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public void insert(long runId, List<Listed> people) {
        if (people.isEmpty()) {
            return;
        }
        Jdbc.inTransaction(dataSource, con -> insert(con, runId, people));
    }

    /** Within a transaction of the caller's (a batch of determinations and their people go in together). */
    static void insert(java.sql.Connection con, long runId, List<Listed> people) throws java.sql.SQLException {
        List<Object[]> rows = new ArrayList<>(people.size());
        for (Listed listed : people) {
            Person p = listed.person();
            rows.add(new Object[] {RunLines.key(runId, listed.personLine()), runId, listed.personLine(),
                    p.personId(), p.name() == null ? null : p.name().last(), p.name() == null ? null : p.name().first(),
                    p.name() == null ? null : p.name().middle(), p.dateOfBirth()});
        }
        INSERT.insert(con, rows);
    }

    /** The named people found by these person lines ({@code person_line} of their determinations), by id. */
    public Map<String, Named> find(long runId, Collection<Long> personLines) {
        Map<String, Named> found = new LinkedHashMap<>();
        if (personLines.isEmpty()) {
            return found;
        }
        new NamedParameterJdbcTemplate(dataSource).query("SELECT person_id, name_last, name_first, name_middle, "
                + "date_of_birth FROM rr_person WHERE run_line IN (:keys)", new MapSqlParameterSource("keys",
                personLines.stream().map(line -> RunLines.key(runId, line)).toList()), rs -> {
                    String name = String.join(" ", java.util.stream.Stream.of(rs.getString("name_first"),
                            rs.getString("name_middle"), rs.getString("name_last")).filter(s -> s != null
                            && !s.isBlank()).toList());
                    found.put(rs.getString("person_id"), new Named(name.isEmpty() ? "(no name)" : name,
                            rs.getObject("date_of_birth", LocalDate.class)));
                });
        return found;
    }

    /** Forgets the run's people (the run was decided, interrupted or purged). */
    public void discard(long runId) {
        RunLines.deleteRun(new org.springframework.jdbc.core.JdbcTemplate(dataSource), "rr_person", runId);
    }
}
