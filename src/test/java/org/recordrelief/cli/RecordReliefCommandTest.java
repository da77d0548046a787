package org.recordrelief.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class RecordReliefCommandTest {

    record Result(int exitCode, String out) {
    }

    static Result execute(String... args) {
        StringWriter out = new StringWriter();
        int code = RecordReliefCommand.commandLine().setOut(new PrintWriter(out, true)).execute(args);
        return new Result(code, out.toString());
    }

    @Test
    void runPrintsTheSummaryOfEveryBundledCounty() {
        Result r = execute("run", "--as-of", "2020-07-01");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("== LOS ANGELES: Prop 64 determinations (prop64/2026.11, as of 2020-07-01) ==",
                "== SACRAMENTO:", "== SAN FRANCISCO:", "== SAN JOAQUIN:");
        String sacramento = r.out().substring(r.out().indexOf("== SACRAMENTO:"), r.out().indexOf("== SAN FRANCISCO:"));
        assertThat(sacramento).contains(
                "  Convictions eligible for relief                   7",
                "  Individuals left with no conviction               4");
    }

    @Test
    void evaluatePrintsEveryDeterminationWithItsReasons() {
        Result r = execute("evaluate", "--policy", "county-adapters/san-joaquin/policy.yaml", "--as-of", "2020-07-01");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("p-016\tc1/1\tHS 11357(a)\tFELONY\tDISMISS\t\tdismissAll11357\t"
                + "P64-POSS-FELONY+COUNTY-dismissAll11357");
        assertThat(r.out()).contains("p-016\tc1/2\tPC 647(f)\tMISDEMEANOR\tDISMISS\t\trelatedCharges");
    }

    @Test
    void checkPolicyExitsWithTwoAndNamesTheFixForABadFile(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("policy.yaml");
        Files.writeString(bad, "county: Kern\nruleSet: prop64\noptions:\n  crimeFreeYears: {years: ten}\n");
        Result r = execute("check-policy", "county-adapters/sacramento/policy.yaml", bad.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.out()).contains("OK   county-adapters/sacramento/policy.yaml: SACRAMENTO")
                .contains("BAD  Bad county policy " + bad + " at 'options.crimeFreeYears.years': the value 'ten' is "
                        + "not a whole number. Fix: write a whole number, e.g. 10");
    }
}
