package db.baseline;

import db.migration.V13__audit_append_only;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.baseline.BaselineJavaMigration;

/**
 * The schema V1 to V16 arrive at, made at once on an empty database. Flyway applies it instead of the sixteen
 * versioned migrations when it finds no schema history (a county's first run, every test database): one
 * transaction and no table copies instead of sixteen steps, which cost a first run about half a second. A
 * database migrated before keeps its history and never sees it. {@code BaselineSchemaTest} checks, on H2 and
 * PostgreSQL, that it makes the very schema the versioned migrations make; a later change goes in V17 and on.
 * Java rather than SQL because the audit table's trigger is written differently on each database (as in V13).
 * Kept apart from {@code db/migration} so that a test can still take a database through the versioned steps.
 * The keys are named as the versioned migrations name them, so that a later migration that names a key finds
 * it on either kind of database. The baseline before it, {@code B15__schema_of_v15}, stays beside it for the
 * databases it made (Flyway gives an empty database the latest baseline only).
 */
public class B16__schema_of_v16 extends BaselineJavaMigration {

    /** The tables B15 made, but for the two a run fills, which V16 keys by one number. */
    private static final List<String> TABLES = Stream.concat(B15__schema_of_v15.TABLES.stream()
            .filter(statement -> !statement.contains("CREATE TABLE rr_determination ")
                    && !statement.contains("CREATE TABLE rr_person ")), Stream.of("""
            CREATE TABLE rr_determination (
                run_line        BIGINT       NOT NULL,
                run_id          BIGINT       NOT NULL,
                person_id       VARCHAR(40)  NOT NULL,
                case_id         VARCHAR(40)  NOT NULL,
                charge_id       VARCHAR(40)  NOT NULL,
                first_line      BIGINT       NOT NULL,
                person_line     BIGINT       NOT NULL,
                role            VARCHAR(30)  NOT NULL,
                code            VARCHAR(100) NOT NULL,
                offence_level   VARCHAR(12)  NOT NULL,
                outcome         VARCHAR(20)  NOT NULL,
                reduced_to      VARCHAR(12),
                county_option   VARCHAR(100),
                referred_to     VARCHAR(300),
                rule_ids        VARCHAR(500) NOT NULL,
                reasons         VARCHAR      NOT NULL,
                related_charges VARCHAR(1000),
                rule_set        VARCHAR(50)  NOT NULL,
                CONSTRAINT rr_determination_pkey PRIMARY KEY (run_line)
            )""", """
            CREATE TABLE rr_person (
                run_line      BIGINT      NOT NULL,
                run_id        BIGINT      NOT NULL,
                person_line   BIGINT      NOT NULL,
                person_id     VARCHAR(40) NOT NULL,
                name_last     TEXT,
                name_first    TEXT,
                name_middle   TEXT,
                date_of_birth DATE,
                CONSTRAINT rr_person_pkey PRIMARY KEY (run_line)
            )""")).toList();

    @Override
    public void migrate(Context context) throws Exception {
        try (Statement sql = context.getConnection().createStatement()) {
            for (String table : TABLES) {
                sql.execute(table);
            }
        }
        V13__audit_append_only.makeAuditAppendOnly(context.getConnection());
    }
}
