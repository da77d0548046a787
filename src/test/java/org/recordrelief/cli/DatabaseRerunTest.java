package org.recordrelief.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recordrelief.routes.TestFiles;
import org.recordrelief.store.Database;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A database county read again, all of it, writes its results table again: each count's row replaced with
 * the latest run's values, never a second copy; on H2 and on PostgreSQL. The bundled Los Angeles reads
 * incrementally (a re-run of an unchanged database reads nothing), so the copy here reads every row each
 * time, and each run decides as of a later date so that the table shows which run wrote each row.
 */
class DatabaseRerunTest {

    private static final List<String> AS_OF = List.of("2020-07-01", "2021-07-01", "2022-07-01");

    @Test
    void readingTheCountyAgainReplacesItsRowsOnH2(@TempDir Path tmp) throws IOException {
        Path work = tmp.resolve("work");
        Path adapters = fullReads(tmp, null);
        String county = "jdbc:h2:file:" + work.toAbsolutePath().resolve("los-angeles").resolve("county-db")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE";
        checkReruns(adapters, work, county, "sa", List.of());
    }

    @Test
    void readingTheCountyAgainReplacesItsRowsOnPostgres(@TempDir Path tmp) throws IOException {
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start()) {
            new JdbcTemplate(pg.getPostgresDatabase()).execute("CREATE DATABASE la_cms");
            String county = pg.getJdbcUrl("postgres", "la_cms");
            checkReruns(fullReads(tmp, county), tmp.resolve("work"), county, "postgres",
                    List.of("--db-url", pg.getJdbcUrl("postgres", "postgres"), "--db-user", "postgres"));
        }
    }

    private static void checkReruns(Path adapters, Path work, String county, String user, List<String> staging) {
        for (int i = 0; i < AS_OF.size(); i++) {
            List<String> args = new ArrayList<>(List.of("run", "los-angeles", "--work", work.toString(), "--as-of",
                    AS_OF.get(i), "--adapters", adapters.toString()));
            args.addAll(staging);
            if (i == 0) {
                args.add("--load-samples");
            }
            String out = run(args);
            assertThat(out).as("run %d reads every row", i + 1).contains("rows read 111 ");
            try (var db = Database.dataSource(county, user, "")) {
                JdbcTemplate table = new JdbcTemplate(db);
                assertThat(table.queryForObject("SELECT COUNT(*) FROM prop64_results", Long.class))
                        .as("rows after run %d", i + 1).isEqualTo(42);
                assertThat(table.queryForObject("SELECT COUNT(*) FROM (SELECT DISTINCT defendant_id, case_number, "
                        + "count_seq, rule_set FROM prop64_results) k", Long.class)).isEqualTo(42);
                assertThat(table.queryForList("SELECT DISTINCT decided_as_of FROM prop64_results", String.class))
                        .as("every row written by run %d", i + 1).containsExactly(AS_OF.get(i));
            }
        }
    }

    private static String run(List<String> args) {
        StringWriter out = new StringWriter();
        int code = RecordReliefCommand.commandLine().setOut(new PrintWriter(out, true)).execute(args.toArray(String[]::new));
        assertThat(code).as(out.toString()).isZero();
        return out.toString();
    }

    /**
     * The bundled Los Angeles folder, its results going back without approval, reading the whole database at
     * each run (its {@code incremental:} section removed), on the given database (null: the sample H2 one).
     */
    private static Path fullReads(Path tmp, String countyUrl) throws IOException {
        Path adapters = TestFiles.adapters(tmp, "los-angeles");
        Path descriptor = adapters.resolve("los-angeles").resolve("adapter.yaml");
        String yaml = Files.readString(descriptor);
        String withoutIncremental = yaml.replaceAll("(?ms)^  incremental:\\n(    .*?\\n)+", "");
        assertThat(withoutIncremental).doesNotContain("incremental:").isNotEqualTo(yaml);
        if (countyUrl != null) {
            withoutIncremental = withoutIncremental.replaceAll("url: \"\\$\\{LA_CMS_URL:-[^\"]*\"", "url: \"" + countyUrl + "\"")
                    .replace("${LA_CMS_USER:-sa}", "postgres");
        }
        Files.writeString(descriptor, withoutIncremental);
        return adapters;
    }
}
