package org.recordrelief.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recordrelief.store.Database;
import org.springframework.jdbc.core.JdbcTemplate;

/** A database county read again writes its results table again: the same rows, never a second copy. */
class DatabaseRerunTest {

    /** The bundled Los Angeles folder, copied once, its results going back without approval. */
    private static Path adapters(Path tmp) {
        Path adapters = tmp.resolve("adapters");
        return java.nio.file.Files.isDirectory(adapters) ? adapters
                : org.recordrelief.routes.TestFiles.adapters(tmp, "los-angeles");
    }

    private static String run(Path work, String... more) {
        StringWriter out = new StringWriter();
        String[] args = java.util.stream.Stream.concat(java.util.stream.Stream.of("run", "los-angeles", "--work",
                work.toString(), "--as-of", "2020-07-01", "--adapters", adapters(work.getParent()).toString()), java.util.Arrays.stream(more)).toArray(String[]::new);
        int code = RecordReliefCommand.commandLine().setOut(new PrintWriter(out, true)).execute(args);
        assertThat(code).as(out.toString()).isZero();
        return out.toString();
    }

    @Test
    void runningTheDatabaseCountyAgainReplacesItsRows(@TempDir Path tmp) {
        Path work = tmp.resolve("work");
        run(work, "--load-samples");
        String table = table(work);
        assertThat(count(work)).isEqualTo(42);

        run(work);
        run(work);
        assertThat(count(work)).isEqualTo(42);
        assertThat(table(work)).isEqualTo(table);
    }

    private static String url(Path work) {
        return "jdbc:h2:file:" + work.toAbsolutePath().resolve("los-angeles").resolve("county-db")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE";
    }

    private static long count(Path work) {
        try (var db = Database.dataSource(url(work), "sa", "")) {
            return new JdbcTemplate(db).queryForObject("SELECT COUNT(*) FROM prop64_results", Long.class);
        }
    }

    private static String table(Path work) {
        try (var db = Database.dataSource(url(work), "sa", "")) {
            return new JdbcTemplate(db).queryForList("SELECT * FROM prop64_results ORDER BY defendant_id, "
                    + "case_number, count_seq").toString();
        }
    }
}
