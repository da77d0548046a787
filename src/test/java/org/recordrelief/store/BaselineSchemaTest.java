package org.recordrelief.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An empty database gets the schema in one step (the baseline, B16), a database of an earlier release gets
 * there through V1 to V16, and one the previous baseline (B15) made through V16 on top of it: all must end
 * with the same tables, columns, keys, indexes and triggers, on both databases, or a county's first run and
 * its hundredth would write into different schemas.
 */
class BaselineSchemaTest {

    @ParameterizedTest
    @ValueSource(strings = {"postgres", "h2"})
    void theBaselineMakesTheSchemaTheVersionedMigrationsMake(String name) throws Exception {
        EmbeddedPostgres postgres = name.equals("postgres") ? EmbeddedPostgres.builder().start() : null;
        try {
            if (postgres != null) {
                try (Connection admin = postgres.getPostgresDatabase().getConnection();
                        Statement sql = admin.createStatement()) {
                    sql.execute("CREATE DATABASE fresh");
                    sql.execute("CREATE DATABASE upgraded");
                    sql.execute("CREATE DATABASE b15");
                }
            }
            try (HikariDataSource fresh = open(postgres, "fresh"); HikariDataSource upgraded = open(postgres, "upgraded");
                    HikariDataSource madeByB15 = open(postgres, "b15")) {
                Database.migrate(fresh);
                // as a database of a release before the first baseline (B15): fourteen steps, then the rest
                Flyway.configure().dataSource(upgraded).locations("classpath:db/migration").target("14").load().migrate();
                Database.migrate(upgraded);
                // as the release before made a new installation's database: the B15 baseline alone, then this one
                Flyway.configure().dataSource(madeByB15).locations("classpath:db/migration")
                        .javaMigrations(new db.baseline.B15__schema_of_v15()).target("15").load().migrate();
                Database.migrate(madeByB15);

                assertThat(versionsApplied(fresh)).as("an empty database gets the baseline alone").containsExactly("16");
                assertThat(versionsApplied(upgraded)).hasSize(16);
                assertThat(versionsApplied(madeByB15)).as("B15 kept: Flyway starts on its history, then V16")
                        .containsExactly("15", "16");
                Map<String, Object> expected = schema(upgraded);
                assertThat(expected).containsKeys("table rr_run", "table rr_determination", "table rr_audit",
                        "triggers");
                assertThat(schema(fresh)).isEqualTo(expected);
                assertThat(schema(madeByB15)).isEqualTo(expected);
                if (postgres != null) {
                    // PostgreSQL names keys after the table they were made on, and a later migration may name one
                    assertThat(constraintAndIndexNames(madeByB15)).isEqualTo(constraintAndIndexNames(upgraded));
                    assertThat(constraintAndIndexNames(fresh)).isEqualTo(constraintAndIndexNames(upgraded))
                            .contains("rr_determination primary key rr_determination_pkey",
                                    "rr_person primary key rr_person_pkey");
                }
            }
        } finally {
            if (postgres != null) {
                postgres.close();
            }
        }
    }

    private static HikariDataSource open(EmbeddedPostgres postgres, String database) {
        return postgres != null
                ? Database.dataSource(postgres.getJdbcUrl("postgres", database), "postgres", "")
                : Database.dataSource(Database.inMemoryUrl("baseline-" + database), "sa", "");
    }

    private static List<String> constraintAndIndexNames(DataSource db) {
        return new JdbcTemplate(db).queryForList("SELECT c.relname || CASE x.contype WHEN 'p' THEN ' primary key ' "
                + "ELSE ' constraint ' END || x.conname FROM pg_constraint x JOIN pg_class c ON c.oid = x.conrelid "
                + "WHERE x.connamespace = 'public'::regnamespace AND c.relname <> 'flyway_schema_history' UNION ALL "
                + "SELECT tablename || ' index ' || indexname FROM pg_indexes WHERE schemaname = 'public' "
                + "AND tablename <> 'flyway_schema_history' ORDER BY 1", String.class);
    }

    private static List<String> versionsApplied(DataSource db) {
        return new JdbcTemplate(db).queryForList(
                "SELECT version FROM flyway_schema_history WHERE success AND version IS NOT NULL ORDER BY installed_rank", String.class);
    }

    /** Everything of the schema but the names the database makes up itself (of keys and their indexes). */
    private static Map<String, Object> schema(DataSource db) throws SQLException {
        Map<String, Object> schema = new TreeMap<>();
        try (Connection connection = db.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            String schemaName = connection.getSchema();
            List<String> tables = new ArrayList<>();
            try (ResultSet rows = meta.getTables(null, schemaName, "%", new String[] {"TABLE"})) {
                while (rows.next()) {
                    String table = rows.getString("TABLE_NAME");
                    if (!table.equalsIgnoreCase("flyway_schema_history")) {
                        tables.add(table);
                    }
                }
            }
            for (String table : tables) {
                List<String> columns = new ArrayList<>();
                try (ResultSet rows = meta.getColumns(null, schemaName, table, "%")) {
                    while (rows.next()) {
                        columns.add(rows.getInt("ORDINAL_POSITION") + " " + rows.getString("COLUMN_NAME") + " "
                                + rows.getString("TYPE_NAME") + "(" + rows.getInt("COLUMN_SIZE") + ") nullable="
                                + rows.getString("IS_NULLABLE") + " default=" + rows.getString("COLUMN_DEF")
                                + " identity=" + rows.getString("IS_AUTOINCREMENT"));
                    }
                }
                schema.put("table " + table, columns);
                schema.put("primary key " + table, keyColumns(meta.getPrimaryKeys(null, schemaName, table)));
                schema.put("indexes " + table, indexes(meta.getIndexInfo(null, schemaName, table, false, false)));
                List<String> foreignKeys = new ArrayList<>();
                try (ResultSet rows = meta.getImportedKeys(null, schemaName, table)) {
                    while (rows.next()) {
                        foreignKeys.add(rows.getString("FKCOLUMN_NAME") + " -> " + rows.getString("PKTABLE_NAME")
                                + "." + rows.getString("PKCOLUMN_NAME"));
                    }
                }
                schema.put("foreign keys " + table, new TreeSet<>(foreignKeys));
            }
            schema.put("triggers", triggers(connection));
        }
        return schema;
    }

    private static List<String> keyColumns(ResultSet rows) throws SQLException {
        try (rows) {
            Map<Integer, String> bySequence = new TreeMap<>();
            while (rows.next()) {
                bySequence.put(rows.getInt("KEY_SEQ"), rows.getString("COLUMN_NAME"));
            }
            return new ArrayList<>(bySequence.values());
        }
    }

    /** Each index as whether it is unique and its columns in order; its name only when we chose it. */
    private static TreeSet<String> indexes(ResultSet rows) throws SQLException {
        Map<String, Map<Integer, String>> columnsByIndex = new TreeMap<>();
        Map<String, Boolean> unique = new TreeMap<>();
        try (rows) {
            while (rows.next()) {
                String index = rows.getString("INDEX_NAME");
                columnsByIndex.computeIfAbsent(index, i -> new TreeMap<>())
                        .put(rows.getInt("ORDINAL_POSITION"), rows.getString("COLUMN_NAME"));
                unique.put(index, !rows.getBoolean("NON_UNIQUE"));
            }
        }
        TreeSet<String> indexes = new TreeSet<>();
        columnsByIndex.forEach((index, columns) -> indexes.add((index.startsWith("rr_") && !index.endsWith("_pkey")
                ? index + " " : "") + (unique.get(index) ? "unique " : "") + columns.values()));
        return indexes;
    }

    private static TreeSet<String> triggers(Connection connection) throws SQLException {
        TreeSet<String> triggers = new TreeSet<>();
        try (Statement sql = connection.createStatement();
                ResultSet rows = sql.executeQuery("SELECT * FROM information_schema.triggers")) {
            ResultSetMetaData columns = rows.getMetaData();
            while (rows.next()) {
                Map<String, Object> trigger = new TreeMap<>();
                for (int i = 1; i <= columns.getColumnCount(); i++) {
                    String column = columns.getColumnLabel(i).toLowerCase(Locale.ROOT);
                    if (!column.endsWith("catalog") && !column.equals("created")) {
                        trigger.put(column, rows.getObject(i));
                    }
                }
                triggers.add(trigger.toString());
            }
        }
        return triggers;
    }
}
