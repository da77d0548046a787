package org.recordrelief.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A database upgraded while runs await approval: V15 keys people by their first determination's line (every
 * determination learns its person's line, and every stored person is found again by it), V16 keys both tables
 * by one number made of the run and the line; on both databases.
 */
class BulkTablesMigrationTest {

    @ParameterizedTest
    @ValueSource(strings = {"postgres", "h2"})
    void peopleOfRunsAwaitingApprovalAreFoundAfterTheUpgrade(String name) throws IOException {
        withTwoRunsAwaitingApproval(name, "14", db -> {
            JdbcTemplate jdbc = new JdbcTemplate(db);
            // run 1: Ann has counts starting on lines 9 and 4, Ben on line 6; run 2: Ann again, on line 30
            determination(jdbc, 1, "ann", 9);
            determination(jdbc, 1, "ann", 4);
            determination(jdbc, 1, "ben", 6);
            determination(jdbc, 2, "ann", 30);
            jdbc.update("INSERT INTO rr_person (run_id, person_id, name_last) VALUES (1, 'ann', 'Avery'), "
                    + "(1, 'ben', 'Brook'), (2, 'ann', 'Avery')");

            Database.migrate(db);

            assertThat(jdbc.queryForList("SELECT run_id, first_line, person_line FROM rr_determination "
                    + "ORDER BY run_id, first_line")).extracting(r -> List.of(r.get("run_id"), r.get("first_line"),
                    r.get("person_line"))).containsExactly(List.of(1L, 4L, 4L), List.of(1L, 6L, 6L),
                    List.of(1L, 9L, 4L), List.of(2L, 30L, 30L));
            PersonStore people = new PersonStore(db);
            assertThat(people.find(1, List.of(4L, 6L))).containsOnlyKeys("ann", "ben");
            assertThat(people.find(1, List.of(4L)).get("ann").name()).isEqualTo("Avery");
            assertThat(people.find(2, List.of(30L)).get("ann").name()).isEqualTo("Avery");
            assertThat(people.find(2, List.of(4L))).as("a line of another run finds no one").isEmpty();
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM rr_person", Long.class)).isEqualTo(3);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgres", "h2"})
    void eachRunFindsItsOwnRowsAfterTheKeysBecomeOneNumber(String name) throws IOException {
        withTwoRunsAwaitingApproval(name, "15", db -> {
            JdbcTemplate jdbc = new JdbcTemplate(db);
            // the same lines in both runs: only the run tells them apart
            for (long[] d : new long[][] {{1, 4, 4}, {1, 9, 4}, {1, 12, 12}, {2, 4, 4}, {2, 7, 7}}) {
                jdbc.update("INSERT INTO rr_determination (run_id, person_id, case_id, charge_id, first_line, "
                        + "person_line, role, code, offence_level, outcome, rule_ids, reasons, rule_set) VALUES (?, ?, "
                        + "'c', ?, ?, ?, 'PRIMARY', 'HS 11357', 'MISDEMEANOR', 'DISMISS', 'R', 'r', 'v')", d[0],
                        "p" + d[0] + "-" + d[2], "k" + d[1], d[1], d[2]);
            }
            jdbc.update("INSERT INTO rr_person (run_id, person_line, person_id, name_last) VALUES (1, 4, 'p1-4', "
                    + "'Avery'), (1, 12, 'p1-12', 'Brook'), (2, 4, 'p2-4', 'Carver')");

            Database.migrate(db);

            assertThat(jdbc.queryForList("SELECT run_line FROM rr_determination ORDER BY run_line", Long.class))
                    .containsExactly(10_000_000_004L, 10_000_000_009L, 10_000_000_012L, 20_000_000_004L,
                            20_000_000_007L);
            assertThat(jdbc.queryForList("SELECT run_line FROM rr_person ORDER BY run_line", Long.class))
                    .containsExactly(10_000_000_004L, 10_000_000_012L, 20_000_000_004L);
            org.recordrelief.review.ReviewStore review = new org.recordrelief.review.ReviewStore(db);
            assertThat(review.determinations(1, org.recordrelief.review.ReviewStore.Filter.NONE, 10, 0))
                    .extracting(org.recordrelief.review.ReviewStore.DeterminationRow::firstLine)
                    .containsExactly(4L, 9L, 12L);
            assertThat(review.determination(2, 9)).as("run 1's line 9 is not run 2's").isEmpty();
            assertThat(review.determination(2, 7)).isPresent();
            PersonStore people = new PersonStore(db);
            assertThat(people.find(2, List.of(4L, 12L))).containsOnlyKeys("p2-4");
            assertThat(people.find(1, List.of(4L, 12L)).values()).extracting(PersonStore.Named::name)
                    .containsExactly("Avery", "Brook");
            assertThatThrownBy(() -> jdbc.update("INSERT INTO rr_person (run_line, run_id, person_line, person_id) "
                    + "VALUES (10000000004, 1, 4, 'again')")).as("one row per run and line").isInstanceOf(
                    org.springframework.dao.DataIntegrityViolationException.class);

            people.discard(1);
            assertThat(jdbc.queryForList("SELECT person_id FROM rr_person", String.class)).containsExactly("p2-4");
        });
    }

    /** A database taken to {@code version}, holding runs 1 and 2 awaiting approval; then migrated by the body. */
    private static void withTwoRunsAwaitingApproval(String name, String version, Consumer<HikariDataSource> body)
            throws IOException {
        EmbeddedPostgres postgres = name.equals("postgres") ? EmbeddedPostgres.builder().start() : null;
        try (HikariDataSource db = Database.dataSource(postgres != null
                ? postgres.getJdbcUrl("postgres", "postgres") : Database.inMemoryUrl("bulk-tables-" + version + name),
                postgres != null ? "postgres" : "sa", "")) {
            Flyway.configure().dataSource(db).locations("classpath:db/migration").target(version).load().migrate();
            for (long run : List.of(1L, 2L)) {
                new JdbcTemplate(db).update("INSERT INTO rr_run (run_id, adapter_id, county, source_name, as_of, "
                        + "rule_set, status, started_at) VALUES (?, 'sac', 'Sacramento', 'x.csv', DATE '2019-04-01', "
                        + "'v', 'AWAITING_APPROVAL', CURRENT_TIMESTAMP)", run);
            }
            body.accept(db);
        } finally {
            if (postgres != null) {
                postgres.close();
            }
        }
    }

    private static void determination(JdbcTemplate jdbc, long run, String person, long line) {
        jdbc.update("INSERT INTO rr_determination (run_id, person_id, case_id, charge_id, first_line, role, code, "
                + "offence_level, outcome, rule_ids, reasons, rule_set) VALUES (?, ?, 'c', ?, ?, 'PRIMARY', "
                + "'HS 11357', 'MISDEMEANOR', 'DISMISS', 'R', 'r', 'v')", run, person, String.valueOf(line), line);
    }
}
