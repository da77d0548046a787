package org.recordrelief.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.recordrelief.rules.prop64.Prop64RuleSet;
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
    void runLoadsTheSamplesAndPrintsEveryCountysSummaryAndReconciliation(@TempDir Path work) {
        Result r = execute("run", "--load-samples", "--work", work.toString(), "--as-of", "2020-07-01");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("== LOS ANGELES: Prop 64 determinations (prop64/" + Prop64RuleSet.VERSION
                        + ", as of 2020-07-01) ==",
                "== SACRAMENTO:", "== SAN FRANCISCO:", "== SAN JOAQUIN:");
        assertThat(r.out()).contains("Reconciliation: rows read 340 = loaded 338 + quarantined 2",
                "Reconciliation: rows read 119 = loaded 117 + quarantined 2",
                "Reconciliation: rows read 105 = loaded 103 + quarantined 2",
                "Reconciliation: rows read 111 = loaded 110 + quarantined 1");
        // a county folder added with a sample adds a run: each pilot county is looked for, not the exact set
        String awaiting = r.out().lines().filter(l -> l.contains(" await a reviewer's approval")).findFirst()
                .orElseThrow();
        assertThat(awaiting).matches("\\d+ run\\(s\\) of .* await a reviewer's approval; nothing of them has gone "
                + "back to the county yet\\.").contains("los-angeles", "sacramento", "san-francisco", "san-joaquin");
        assertThat(r.out()).contains("Review and approve them at http://127.0.0.1:8642/");
        for (String pilot : new String[] {"los-angeles", "sacramento", "san-francisco", "san-joaquin"}) {
            assertThat(r.out().lines().filter(l -> l.contains("county folder " + pilot + "); results: ")))
                    .as(pilot + "'s run").singleElement().asString()
                    .contains("awaiting a reviewer's approval at http://127.0.0.1:8642/runs/");
        }
        try (var files = java.nio.file.Files.walk(work.resolve("sacramento/awaiting-approval"))) {
            assertThat(files.map(p -> p.getFileName().toString())).contains("doj-research-file-2019-prop64.csv");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertThat(work.resolve("sacramento/outbox")).isEmptyDirectory();
        assertThat(work.resolve("record-relief.mv.db")).as("the embedded H2 file database").exists();
        assertThat(r.out()).doesNotContain("Exception");
    }

    @Test
    void runWithNothingWaitingSaysSo(@TempDir Path work) {
        Path adapters = org.recordrelief.routes.TestFiles.adapters(work, "sacramento", "san-joaquin");
        Result r = execute("run", "--work", work.resolve("work").toString(), "--adapters", adapters.toString());
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("Nothing to run");
    }

    @Test
    void aSecondProcessOnTheSameWorkFolderIsRefusedInOneLine(@TempDir Path tmp) throws Exception {
        Path adapters = org.recordrelief.routes.TestFiles.adapters(tmp, "sacramento");
        Path work = tmp.resolve("work");
        try (org.recordrelief.testing.ChildJvm other = org.recordrelief.testing.ChildJvm.start(
                org.recordrelief.testing.WorkFolderHolder.class, work.toString())) {
            other.awaitLine("holding");
            StringWriter err = new StringWriter();
            int code = RecordReliefCommand.commandLine().setErr(new PrintWriter(err, true))
                    .execute("run", "--load-samples", "--adapters", adapters.toString(), "--work", work.toString());
            assertThat(code).isEqualTo(4);
            assertThat(err.toString().strip()).isEqualTo("the work folder " + work.toAbsolutePath() + " is in use by "
                    + "another record-relief process (process " + other.pid() + "); wait for it to finish, or give "
                    + "this one another --work folder");
            assertThat(work.resolve("sacramento")).as("nothing was touched").doesNotExist();
        }
    }

    /** A staging database that refuses the account is one line naming what to check, without the driver's text. */
    @Test
    void aStagingDatabaseThatRefusesTheAccountIsOneLine(@TempDir Path tmp) throws Exception {
        Path adapters = org.recordrelief.routes.TestFiles.adapters(tmp, "san-joaquin");
        try (io.zonky.test.db.postgres.embedded.EmbeddedPostgres pg =
                     io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder().start()) {
            String url = "jdbc:postgresql://localhost:" + pg.getPort() + "/postgres?password=hunter2";
            StringWriter err = new StringWriter();
            StringWriter out = new StringWriter();
            int code = RecordReliefCommand.commandLine().setErr(new PrintWriter(err, true))
                    .setOut(new PrintWriter(out, true)).execute("run", "--adapters", adapters.toString(), "--work",
                            tmp.resolve("work").toString(), "--db-url", url, "--db-user", "nobody");
            assertThat(code).isEqualTo(2);
            assertThat(err.toString().strip()).startsWith("Bad staging database ").contains("password=(hidden)",
                    "at '--db-url': cannot be opened: the database refused the user name or password (SQLState 28000",
                    "Fix: check --db-url, --db-user and the variable named by --db-password-env (none was given)")
                    .doesNotContain("hunter2").doesNotContain("\n");
        }
    }

    @Test
    void aBadDescriptorIsAMessageNotAStackTrace(@TempDir Path tmp) throws Exception {
        Path county = tmp.resolve("kern");
        Files.createDirectories(county);
        Files.writeString(county.resolve("policy.yaml"), "county: Kern\nruleSet: prop64\n");
        Files.writeString(county.resolve("adapter.yaml"), "county: Kern\nsorce: {}\n");
        StringWriter err = new StringWriter();
        int code = RecordReliefCommand.commandLine().setErr(new PrintWriter(err, true))
                .execute("run", "--adapters", tmp.toString(), "--work", tmp.resolve("work").toString());
        assertThat(code).isEqualTo(2);
        assertThat(err.toString().strip()).isEqualTo("Bad adapter descriptor " + county.resolve("adapter.yaml")
                + " at 'sorce': unknown key 'sorce' (did you mean 'source'?). Fix: use one of approval, case, charge, county, "
                + "description, event, output, person, policy, rowKinds, schedule, source");
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

    @Test
    void checkAdaptersOnAFolderThatIsNotThereSaysSoInOneLine(@TempDir Path tmp) {
        Path nope = tmp.resolve("nope");
        CommandRun r = CommandRun.of("check-adapters", "--adapters", nope.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo("no county adapters folder at " + nope.toAbsolutePath()
                + " (run from the repository root, or pass --adapters)");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void checkAdaptersOnACountyFolderItselfSaysToPassItsParent(@TempDir Path tmp) {
        Path adapters = org.recordrelief.routes.TestFiles.adapters(tmp, "san-francisco");
        Path county = adapters.resolve("san-francisco");
        CommandRun r = CommandRun.of("check-adapters", "--adapters", county.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo(county.toAbsolutePath() + " looks like a county folder (it holds "
                + "adapter.yaml), not the folder of county folders: pass its parent, --adapters "
                + adapters.toAbsolutePath());
        CommandRun run = CommandRun.of("run", "--adapters", county.toString(), "--work", tmp.resolve("work").toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("looks like a county folder");
    }

    @Test
    void checkAdaptersOnAFolderWithNoCountyFailsAndSaysWhatACountyFolderHolds(@TempDir Path tmp) throws Exception {
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        CommandRun r = CommandRun.of("check-adapters", "--adapters", empty.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo("No county folder with an adapter.yaml under " + empty.toAbsolutePath()
                + ": each county is a folder there holding adapter.yaml and policy.yaml (`record-relief init COUNTY "
                + "--sample FILE` drafts one); check --adapters");
    }
}
