package org.recordrelief.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.postgresql.PGConnection;
import org.recordrelief.adapter.mapping.QuarantinedRow;
import org.recordrelief.model.OffenceLevel;
import org.recordrelief.rules.Determination;
import org.recordrelief.rules.DeterminationRole;
import org.recordrelief.rules.Outcome;
import org.recordrelief.rules.Reason;

/**
 * Determinations and quarantined rows go in by COPY on PostgreSQL and by batched inserts on H2; both must
 * store exactly the values given, whatever characters they hold, and keep NULL apart from an empty text.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BatchStoresTest {

    private EmbeddedPostgres postgres;
    private HikariDataSource onPostgres;
    private HikariDataSource onH2;

    @BeforeAll
    void start() throws IOException {
        postgres = EmbeddedPostgres.builder().start();
        onPostgres = Database.dataSource(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "");
        Database.migrate(onPostgres);
        onH2 = Database.dataSource(Database.inMemoryUrl("batch-stores"), "sa", "");
        Database.migrate(onH2);
    }

    @AfterAll
    void stop() throws IOException {
        onPostgres.close();
        onH2.close();
        postgres.close();
    }

    private DataSource database(String name) {
        return name.equals("postgres") ? onPostgres : onH2;
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgres", "h2"})
    void determinationsAreStoredExactlyAsGiven(String name) throws SQLException {
        DataSource db = database(name);
        long runId = new RunLedger(db, Path.of("work")).start("test", "Test", "export.csv", LocalDate.of(2019, 4, 1), "prop64/test");
        List<DeterminationStore.Located> batch = new ArrayList<>();
        String awkward = "a \"quoted\", comma\nsecond line\r\nand \\ backslash, ñ, 中";
        batch.add(new DeterminationStore.Located(new Determination("p-1", "c-1", "1", "HS 11357(b)",
                OffenceLevel.MISDEMEANOR, Outcome.DISMISS, null, List.of(new Reason("P64-A", "HS 11361.8(a)", awkward)),
                null, "", DeterminationRole.PRIMARY, List.of(), "prop64/test"), 7, 7));
        for (int i = 2; i <= 1500; i++) {
            batch.add(new DeterminationStore.Located(new Determination("p-" + i, "c-1", "1", "HS 11359",
                    OffenceLevel.FELONY, Outcome.REDUCE, OffenceLevel.MISDEMEANOR, List.of(new Reason("P64-B", "x",
                    "reason " + i), new Reason("P64-C", "y", "and more")), "crimeFreeYears", null,
                    DeterminationRole.PRIMARY, List.of("c-1/2", "c-1/3"), "prop64/test"), 100L + i, 100L + i / 2 * 2));
        }
        new DeterminationStore(db).insert(runId, batch);

        try (Connection con = db.getConnection(); Statement st = con.createStatement();
             ResultSet rs = st.executeQuery("SELECT person_id, first_line, person_line, code, offence_level, outcome, reduced_to, "
                     + "county_option, referred_to, rule_ids, reasons, related_charges FROM rr_determination "
                     + "WHERE run_id = " + runId + " ORDER BY first_line")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString("person_id")).isEqualTo("p-1");
            assertThat(rs.getLong("first_line")).isEqualTo(7);
            assertThat(rs.getLong("person_line")).isEqualTo(7);
            assertThat(rs.getString("code")).isEqualTo("HS 11357(b)");
            assertThat(rs.getString("outcome")).isEqualTo("DISMISS");
            assertThat(rs.getString("reduced_to")).isNull();
            assertThat(rs.getString("county_option")).isNull();
            assertThat(rs.getString("referred_to")).as("an empty text is not NULL").isEmpty();
            assertThat(rs.getString("reasons")).isEqualTo(awkward);
            assertThat(rs.getString("related_charges")).isNull();
            int rows = 1;
            while (rs.next()) {
                rows++;
                assertThat(rs.getString("person_id")).isEqualTo("p-" + rows);
                assertThat(rs.getLong("person_line")).isEqualTo(100L + rows / 2 * 2);
                assertThat(rs.getString("reduced_to")).isEqualTo("MISDEMEANOR");
                assertThat(rs.getString("rule_ids")).isEqualTo("P64-B+P64-C");
                assertThat(rs.getString("reasons")).isEqualTo("reason " + rows + " and more");
                assertThat(rs.getString("related_charges")).isEqualTo("c-1/2 c-1/3");
                assertThat(rs.getString("referred_to")).isNull();
            }
            assertThat(rows).isEqualTo(1500);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgres", "h2"})
    void quarantinedRowsAreStoredExactlyAsGivenAndReadInLineOrder(String name) {
        DataSource db = database(name);
        long runId = new RunLedger(db, Path.of("work")).start("test", "Test", "export.csv", LocalDate.of(2019, 4, 1), "prop64/test");
        QuarantineStore store = new QuarantineStore(db);
        store.insert(runId, "export,\"odd\".csv", List.of(
                new QuarantinedRow(12, "DISP_DESCR (charge.disposition)", "'HUNG, \"JURY\"' is not in the map", "p-9",
                        true, true),
                new QuarantinedRow(3, "(row)", "has 3 fields, the header 95", null, false, false)));
        List<QuarantinedRow> back = new ArrayList<>();
        store.forEach(runId, back::add);
        assertThat(back).containsExactly(
                new QuarantinedRow(3, "(row)", "has 3 fields, the header 95", null, false, false),
                new QuarantinedRow(12, "DISP_DESCR (charge.disposition)", "'HUNG, \"JURY\"' is not in the map", "p-9",
                        true, true));
    }

    /**
     * A county source's pool cannot change the county's data, whatever statement reaches it: each write is
     * refused by PostgreSQL (25006, read-only transaction), in autocommit as camel-jdbc reads and in a
     * transaction as the incremental reader does, and the county's table is as it was.
     */
    @ParameterizedTest(name = "{0} (autocommit {1})")
    @CsvSource(delimiter = '|', textBlock = """
            INSERT INTO county_cases VALUES (2, 'added')  | true
            INSERT INTO county_cases VALUES (2, 'added')  | false
            UPDATE county_cases SET disposition = 'changed' | true
            UPDATE county_cases SET disposition = 'changed' | false
            DELETE FROM county_cases                      | true
            DELETE FROM county_cases                      | false
            CREATE TABLE stolen (x INT)                   | true
            DROP TABLE county_cases                       | false
            """)
    void aCountySourcePoolOnPostgresCannotWrite(String write, boolean autocommit) throws SQLException {
        try (Connection admin = onPostgres.getConnection(); Statement st = admin.createStatement()) {
            st.execute("DROP TABLE IF EXISTS county_cases");
            st.execute("CREATE TABLE county_cases (id INT PRIMARY KEY, disposition TEXT)");
            st.execute("INSERT INTO county_cases VALUES (1, 'kept')");
        }
        try (HikariDataSource source = Database.readOnlyDataSource(postgres.getJdbcUrl("postgres", "postgres"),
                "postgres", ""); Connection con = source.getConnection(); Statement st = con.createStatement()) {
            con.setAutoCommit(autocommit);
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> st.execute(write))
                    .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("25006"));
            if (!autocommit) {
                con.rollback();
            }
        }
        try (Connection admin = onPostgres.getConnection(); Statement st = admin.createStatement();
             ResultSet rs = st.executeQuery("SELECT id, disposition FROM county_cases")) {
            List<String> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(rs.getInt(1) + " " + rs.getString(2));
            }
            assertThat(rows).as("the county's table as it was").containsExactly("1 kept");
            try (ResultSet stolen = admin.getMetaData().getTables(null, null, "stolen", null)) {
                assertThat(stolen.next()).as("no table made").isFalse();
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgres", "h2"})
    void postgresIsWrittenWithCopyAndH2WithInserts(String name) throws SQLException {
        try (Connection con = database(name).getConnection()) {
            assertThat(con.isWrapperFor(PGConnection.class)).isEqualTo(name.equals("postgres"));
        }
    }

    /** A batch's determinations and its people go in together, on both databases, dates of birth as dates. */
    @ParameterizedTest
    @ValueSource(strings = {"postgres", "h2"})
    void peopleGoInWithTheirDeterminationsAndAreFoundByLine(String name) {
        DataSource db = database(name);
        long runId = new RunLedger(db, Path.of("work")).start("test", "Test", "export.csv", LocalDate.of(2019, 4, 1),
                "prop64/test");
        List<DeterminationStore.Located> batch = new ArrayList<>();
        List<PersonStore.Listed> people = new ArrayList<>();
        for (int i = 1; i <= 1200; i++) {
            batch.add(new DeterminationStore.Located(new Determination("p-" + i, "c-1", "1", "HS 11357(b)",
                    OffenceLevel.MISDEMEANOR, Outcome.DISMISS, null, List.of(new Reason("P64-A", "x", "y")), null, null,
                    DeterminationRole.PRIMARY, List.of(), "prop64/test"), 10L * i, 10L * i));
            people.add(new PersonStore.Listed(10L * i, new org.recordrelief.model.Person("p-" + i,
                    new org.recordrelief.model.PersonName("Avery-" + i, "Ann", i % 2 == 0 ? null : "Q"),
                    i % 3 == 0 ? null : LocalDate.of(1980, 1, 1).plusDays(i), null)));
        }
        new DeterminationStore(db).insert(runId, batch, people);

        java.util.Map<String, PersonStore.Named> found = new PersonStore(db).find(runId,
                List.of(10L, 20L, 30L, 12000L));
        assertThat(found).containsOnlyKeys("p-1", "p-2", "p-3", "p-1200");
        assertThat(found.get("p-1")).extracting(PersonStore.Named::name, PersonStore.Named::dateOfBirth)
                .containsExactly("Ann Q Avery-1", LocalDate.of(1980, 1, 2));
        assertThat(found.get("p-2").name()).isEqualTo("Ann Avery-2");
        assertThat(found.get("p-3").dateOfBirth()).isNull();
        assertThat(new PersonStore(db).find(runId, List.of(11L))).as("no person starts on line 11").isEmpty();
    }
}
