package org.recordrelief.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recordrelief.review.Reviewers;
import org.recordrelief.store.Database;
import org.springframework.jdbc.core.JdbcTemplate;

class AdminCommandTest {

    private record Result(int code, String out, String err) {
    }

    private static Result admin(String stdin, String... args) {
        InputStream before = System.in;
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        try {
            System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
            int code = RecordReliefCommand.commandLine().setOut(new PrintWriter(out, true))
                    .setErr(new PrintWriter(err, true)).execute(args);
            return new Result(code, out.toString(), err.toString());
        } finally {
            System.setIn(before);
        }
    }

    @Test
    void addsAReviewerWhoseHashedPasswordLogsInForTheirCounties(@TempDir Path work) {
        Result r = admin("correct horse battery staple\n", "admin", "add-reviewer", "dana", "--county", "san-francisco",
                "--county", "sacramento", "--password-stdin", "--work", work.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("reviewer dana can log in and review san-francisco, sacramento");
        assertThat(admin("", "admin", "list-reviewers", "--work", work.toString()).out())
                .contains("dana (sacramento, san-francisco)");

        try (var db = Database.dataSource(Database.defaultUrl(work), "sa", "")) {
            String hash = new JdbcTemplate(db).queryForObject("SELECT password_hash FROM rr_reviewer", String.class);
            assertThat(hash).startsWith("$2a$12$").doesNotContain("horse");
            Reviewers reviewers = new Reviewers(db);
            assertThat(reviewers.authenticate("dana", "correct horse battery staple".toCharArray()))
                    .hasValueSatisfying(d -> assertThat(d.counties()).containsExactlyInAnyOrder("san-francisco",
                            "sacramento"));
            assertThat(reviewers.authenticate("dana", "correct horse battery stapler".toCharArray())).isEmpty();
            assertThat(reviewers.authenticate("nobody", "correct horse battery staple".toCharArray())).isEmpty();
        }

        assertThat(admin("", "admin", "disable-reviewer", "dana", "--work", work.toString()).code()).isZero();
        try (var db = Database.dataSource(Database.defaultUrl(work), "sa", "")) {
            assertThat(new Reviewers(db).authenticate("dana", "correct horse battery staple".toCharArray())).isEmpty();
        }
    }

    @Test
    void aCountyWithoutAFolderIsRefusedWithTheCountiesThereAre(@TempDir Path tmp) {
        // copies of two counties: the message lists them whatever county folders the repository holds
        Path adapters = org.recordrelief.routes.TestFiles.adaptersNeedingApproval(tmp, "sacramento", "san-joaquin");
        Result r = admin("correct horse battery staple\n", "admin", "add-reviewer", "sam", "--county", "sacremento",
                "--password-stdin", "--adapters", adapters.toString(), "--work", tmp.resolve("work").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo("there is no county folder 'sacremento' in " + adapters + " (did you mean "
                + "'sacramento'?); the counties "
                + "are: sacramento, san-joaquin");
    }

    @Test
    void addingAnExistingReviewerSaysTheirPasswordAndCountiesWereReplaced(@TempDir Path work) {
        String[] args = {"admin", "add-reviewer", "dana", "--county", "sacramento", "--password-stdin", "--work",
                work.toString()};
        assertThat(admin("correct horse battery staple\n", args).out()).doesNotContain("replaced");
        assertThat(admin("another long password here\n", args).out())
                .contains("reviewer dana (existing: password and counties replaced) can log in and review sacramento");
    }

    @Test
    void aShortPasswordIsRefusedInOneLine(@TempDir Path work) {
        Result r = admin("short\n", "admin", "add-reviewer", "dana", "--county", "san-francisco", "--password-stdin",
                "--work", work.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo("the password is too short: use at least 12 characters");
    }
}
