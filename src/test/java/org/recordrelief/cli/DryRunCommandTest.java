package org.recordrelief.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recordrelief.routes.TestFiles;

class DryRunCommandTest {



    private static final String SAMPLE = "county-adapters/san-francisco/sample/sf-cms-export.csv";

    @Test
    void reportsWhatCouldNotBeMappedAndTheSummaryAndStoresNothing(@TempDir Path tmp) {
        Path adapters = TestFiles.adapters(tmp, "san-francisco");
        Path work = tmp.resolve("work");
        CommandRun r = CommandRun.of("dry-run", "san-francisco", SAMPLE, "--adapters", adapters.toString(), "--work",
                work.toString(), "--as-of", "2020-07-01");
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("Dry run of san-francisco on sf-cms-export.csv (as of 2020-07-01): nothing was "
                + "stored or written back.\n\nValues the descriptor could not map: 2 of 119 rows quarantined\n"
                + "  Disposition values with no mapping:\n"
                + "    Chg Disp (charge.disposition): '99' is not in the descriptor's map (add it, with the canonical "
                + "value it means)  (1 row: line 119)\n"
                + "  Dates that could not be read, do not fit, or that a pivot made doubtful:\n"
                + "    Ch Dispo Date (charge.convictionDate): '023009' is not a valid date written MMddyy  (1 row: "
                + "line 120)\n");
        assertThat(r.out()).contains("== SAN FRANCISCO: Prop 64 determinations", "Reconciliation: rows read 119 = "
                + "loaded 117 + quarantined 2", "No earlier run of san-francisco to compare with");
        assertThat(work).as("nothing stored, no key made").doesNotExist();
        assertThat(Path.of(SAMPLE)).exists();
    }

    /**
     * Against the county's last run: dropping the option that refers misdemeanors to the misdemeanor unit
     * changes exactly the counts that option decided, each from hand review to the statute's own outcome.
     */
    @Test
    void comparesWithTheCountysLastRun(@TempDir Path tmp) throws Exception {
        Path adapters = TestFiles.adapters(tmp, "san-francisco");
        Path work = tmp.resolve("work");
        CommandRun run = CommandRun.of("run", "--load-samples", "--adapters", adapters.toString(), "--work", work.toString(),
                "--as-of", "2020-07-01");
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("COUNTY-misdemeanorsReferredTo 24");
        Path policy = adapters.resolve("san-francisco/policy.yaml");
        Files.writeString(policy, Files.readString(policy).replace("  misdemeanorsReferredTo: the District Attorney's "
                + "misdemeanor unit\n", ""));

        CommandRun r = CommandRun.of("dry-run", "san-francisco", SAMPLE, "--adapters", adapters.toString(), "--work",
                work.toString(), "--as-of", "2020-07-01");
        assertThat(r.code()).isZero();
        String changes = r.out().substring(r.out().indexOf("Compared with run 1 of san-francisco"));
        // 48 determinations: the 45 counts by outcome and the 3 possible plea bargains the summary lists
        assertThat(changes).startsWith("Compared with run 1 of san-francisco: 24 of 48 determinations changed "
                + "outcome; 0 new, 0 no longer made\n");
        assertThat(changes.lines().skip(1)).allSatisfy(l -> assertThat(l).startsWith("  HAND_REVIEW (")
                .contains("+COUNTY-misdemeanorsReferredTo) -> "));
    }

    @Test
    void aMissingFileOrADatabaseCountyIsOneLineAndExitTwo(@TempDir Path tmp) {
        Path adapters = TestFiles.adapters(tmp, "san-francisco", "los-angeles");
        CommandRun missing = CommandRun.of("dry-run", "san-francisco", "no/such.csv", "--adapters", adapters.toString(),
                "--work", tmp.resolve("work").toString());
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err().strip()).startsWith("there is no file ").endsWith("give the path of an export of "
                + "san-francisco");
        CommandRun database = CommandRun.of("dry-run", "los-angeles", SAMPLE, "--adapters", adapters.toString(), "--work",
                tmp.resolve("work").toString());
        assertThat(database.code()).isEqualTo(2);
        assertThat(database.err()).contains("los-angeles is read from its database");
    }

    /**
     * With approval required (the default) the county's last run awaits a reviewer: the dry run compares with
     * it all the same, and says it is not yet approved (it said there was no earlier completed run).
     */
    @Test
    void comparesWithARunAwaitingApprovalAndSaysSo(@TempDir Path tmp) {
        Path adapters = TestFiles.adaptersNeedingApproval(tmp, "san-francisco");
        Path work = tmp.resolve("work");
        CommandRun run = CommandRun.of("run", "--load-samples", "--adapters", adapters.toString(), "--work",
                work.toString(), "--as-of", "2020-07-01");
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("awaiting a reviewer's approval at http://127.0.0.1:8642/runs/1");

        CommandRun r = CommandRun.of("dry-run", "san-francisco", SAMPLE, "--adapters", adapters.toString(), "--work",
                work.toString(), "--as-of", "2020-07-01");
        assertThat(r.code()).isZero();
        assertThat(r.out()).doesNotContain("No earlier").endsWith("Compared with run 1 of san-francisco (awaiting a "
                + "reviewer's approval: not yet approved): 0 of 48 determinations changed outcome; 0 new, 0 no "
                + "longer made\n");
    }

    /**
     * Each heading of the report on an export with one defect of each kind: a code that reads as no section,
     * a level with no mapping, a conviction date after the as-of date, and a required field empty on 3 rows
     * of 119 (above 1%: flagged as a likely wrong column); an empty field on one row alone is not flagged.
     */
    @Test
    void reportsEachKindOfUnmappedValueUnderItsHeading(@TempDir Path tmp) throws Exception {
        Path adapters = TestFiles.adapters(tmp, "san-francisco");
        Path export = tmp.resolve("sf-defects.csv");
        Files.writeString(export, withFields(Files.readString(Path.of(SAMPLE)), new String[][] {
                {"1", "12", "XYZ"}, // Current Charge
                {"2", "13", "Q"}, // Current Level
                {"3", "17", "010130"}, // Ch Dispo Date: 2030 with the pivot 1960
                {"4", "15", ""}, {"5", "15", ""}, {"6", "15", ""}})); // Chg Disp
        CommandRun r = CommandRun.of("dry-run", "san-francisco", export.toString(), "--adapters", adapters.toString(),
                "--work", tmp.resolve("work").toString(), "--as-of", "2020-07-01");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Values the descriptor could not map: 8 of 119 rows quarantined\n"
                + "  Code sections that read as no section:\n"
                + "    Current Charge (charge.code): 'XYZ' is not a code section the parser can read: no code (HS, PC, "
                + "VC, BP, WI, ...) next to a section number  (1 row: line 2)\n"
                + "  Disposition values with no mapping:\n"
                + "    Chg Disp (charge.disposition): '99' is not in the descriptor's map (add it, with the canonical "
                + "value it means)  (1 row: line 119)\n"
                + "  Level values with no mapping:\n"
                + "    Current Level (charge.level): 'Q' is not in the descriptor's map (add it, with the canonical "
                + "value it means)  (1 row: line 3)\n"
                + "  Dates that could not be read, do not fit, or that a pivot made doubtful:\n"
                + "    Ch Dispo Date (charge.convictionDate): '023009' is not a valid date written MMddyy  (1 row: "
                + "line 120)\n"
                + "    Ch Dispo Date (charge.convictionDate): is after today (a two-digit year, read into 1960-2059 by "
                + "pivotYear 1960: check the pivot)  (1 row: line 4)\n"
                + "  Required fields empty:\n"
                + "    Chg Disp (charge.disposition): is empty, and charge.disposition is required  (3 rows: lines 5, "
                + "6, 7) 2.5% of the rows: check that the descriptor reads the right column\n\n");
        assertThat(r.out()).contains("Reconciliation: rows read 119 = loaded 111 + quarantined 8");

        Files.writeString(export, withFields(Files.readString(Path.of(SAMPLE)), new String[][] {{"4", "15", ""}}));
        CommandRun one = CommandRun.of("dry-run", "san-francisco", export.toString(), "--adapters",
                adapters.toString(), "--work", tmp.resolve("work").toString(), "--as-of", "2020-07-01");
        assertThat(one.out()).contains("  Required fields empty:\n    Chg Disp (charge.disposition): is empty, and "
                + "charge.disposition is required  (1 row: line 5)\n\n").doesNotContain("check that the descriptor");
    }

    /** The export with fields replaced: {line index (0 is the header), field index, value}; no field is quoted. */
    private static String withFields(String csv, String[][] changes) {
        String[] lines = csv.split("\n", -1);
        for (String[] c : changes) {
            String[] fields = lines[Integer.parseInt(c[0])].split(",", -1);
            fields[Integer.parseInt(c[1])] = c[2];
            lines[Integer.parseInt(c[0])] = String.join(",", fields);
        }
        return String.join("\n", lines);
    }

    @Test
    void aMisspeltCountySuggestsTheNearestFolder(@TempDir Path tmp) {
        Path adapters = TestFiles.adapters(tmp, "san-francisco");
        TestFiles.copyFolder(adapters.resolve("san-francisco"), adapters.resolve("kings"));
        CommandRun r = CommandRun.of("dry-run", "kigns", SAMPLE, "--adapters", adapters.toString(), "--work",
                tmp.resolve("work").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo("there is no county folder 'kigns' under " + adapters.toAbsolutePath()
                + " (did you mean 'kings'?); the county folders are: kings, san-francisco");
        CommandRun far = CommandRun.of("dry-run", "alameda", SAMPLE, "--adapters", adapters.toString(), "--work",
                tmp.resolve("work").toString());
        assertThat(far.err().strip()).as("no suggestion when none is near").isEqualTo("there is no county folder "
                + "'alameda' under " + adapters.toAbsolutePath() + "; the county folders are: kings, san-francisco");
    }
}
