package org.recordrelief.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InitCommandTest {

    private static final String EXPORT = "src/test/resources/onboarding/kings-court.psv";

    private static String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = RecordReliefCommand.commandLine().setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(err, true)).execute(args);
        return new String[] {String.valueOf(code), out.toString(), err.toString().strip()};
    }

    @Test
    void neverOverwritesACountyAndSaysWhatIsWrong(@TempDir Path tmp) throws Exception {
        Files.createDirectories(tmp.resolve("kings"));
        String[] exists = run("init", "kings", "--sample", EXPORT, "--adapters", tmp.toString());
        assertThat(exists[0]).isEqualTo("2");
        assertThat(exists[2]).endsWith("kings already exists; init never overwrites a county: choose another name, or "
                + "edit that folder");
        assertThat(run("init", "Kings County", "--sample", EXPORT, "--adapters", tmp.toString())[2])
                .startsWith("'Kings County' is not a county folder name");
        assertThat(run("init", "tulare", "--sample", "nowhere.csv", "--adapters", tmp.toString())[2])
                .startsWith("there is no file ").endsWith("give --sample the path of an export of the county");
        assertThat(run("profile", "nowhere.csv")[2]).startsWith("there is no file ");
    }

    /** A policy with a TODO left is refused like a descriptor, naming its line. */
    @Test
    void aPolicyWithATodoLeftIsRefused(@TempDir Path tmp) {
        assertThat(run("init", "san-benito", "--sample", EXPORT, "--adapters", tmp.toString())[0]).isEqualTo("0");
        assertThat(Files.exists(tmp.resolve("san-benito/policy.yaml"))).isTrue();
        String[] check = run("check-policy", tmp.resolve("san-benito/policy.yaml").toString());
        assertThat(check[0]).isNotEqualTo("0");
        assertThat(check[1] + check[2]).contains("at 'line 5': a TODO is left: authority: San Benito County District "
                + "Attorney   # TODO: the office that decided this policy");
    }
}
