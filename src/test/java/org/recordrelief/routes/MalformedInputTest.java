package org.recordrelief.routes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.recordrelief.samples.SanFranciscoCmsWriter;
import org.recordrelief.store.RunStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Malformed exports through the real routes, one kind of defect per case: no run crashes, no row is
 * lost, and every run reconciles exactly (rows read = rows loaded + rows quarantined). A row that
 * cannot be mapped is quarantined with its line, field and reason; a file that cannot be read at all
 * goes to the failed folder with a reason file, and nothing of it is loaded.
 */
class MalformedInputTest {

    static final String COUNTY = "san-francisco";
    static Path tmp;
    static PipelineHarness harness;

    @BeforeAll
    static void start() throws Exception {
        tmp = Files.createTempDirectory("malformed");
        harness = PipelineHarness.h2(TestFiles.adapters(tmp, COUNTY), tmp.resolve("work"), "malformed");
    }

    @AfterAll
    static void stop() {
        harness.close();
    }

    /** One expected quarantine entry: line, and fragments of the field and the reason. */
    record Bad(long line, String field, String reason) {
    }

    /** A defect: the file's bytes, how many rows it has, and what must happen to them. */
    record Case(String name, byte[] file, RunStatus status, long rowsRead, List<Bad> quarantined, String failure,
                String reviewRule) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Map<String, String> good(int person, int count) {
        Map<String, String> row = new LinkedHashMap<>();
        String[] values = ("000010001,01,000500001,IVY/ALEX W,F,10,GUILTY PLEA,031509,1,020109,F,011509,11359HS,F,"
                + "POSSESS MARIJUANA FOR SALE,10,GUILTY PLEA,031509,11359HS,F,011509,W,F,062478,000100000,010000000,"
                + "SYN100000,931-84-3730,Y0000000").split(",", -1);
        for (int i = 0; i < SanFranciscoCmsWriter.HEADER.size(); i++) {
            row.put(SanFranciscoCmsWriter.HEADER.get(i).trim(), values[i]);
        }
        row.put("SFNO", String.format("%09d", 100_000 + person));
        row.put("Court Number", String.format("%09d", 10_000 + person));
        row.put("Action Number", String.valueOf(count));
        return row;
    }

    static String line(Map<String, String> row) {
        return String.join(",", row.values()) + ",EOR";
    }

    static String header() {
        return String.join(",", SanFranciscoCmsWriter.HEADER) + ",";
    }

    /** A file: the header, two good rows, then the given lines. */
    static byte[] file(String... lines) {
        List<String> all = new ArrayList<>(List.of(header(), line(good(1, 1)), line(good(2, 1))));
        all.addAll(List.of(lines));
        return (String.join("\r\n", all) + "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    static String bad(UnaryOperator<Map<String, String>> change) {
        return line(change.apply(good(3, 1)));
    }

    static Map<String, String> with(Map<String, String> row, String column, String value) {
        row.put(column, value);
        return row;
    }

    static Case quarantines(String name, byte[] file, long rowsRead, Bad... bad) {
        return new Case(name, file, RunStatus.COMPLETED, rowsRead, List.of(bad), null, null);
    }

    /** A row that loads although its code is not one clear section: it must get a review with this rule. */
    static Case reviews(String name, byte[] file, long rowsRead, String rule) {
        return new Case(name, file, RunStatus.COMPLETED, rowsRead, List.of(), null, rule);
    }

    static Case fails(String name, byte[] file, String failure) {
        return new Case(name, file, RunStatus.FAILED, 0, List.of(), failure, null);
    }

    static Stream<Case> cases() {
        byte[] badUtf8;
        {
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            b.writeBytes(file());
            b.writeBytes(bad(r -> with(r, "Truename", "MARKER")).replace("MARKER", "\u0001").getBytes(StandardCharsets.UTF_8));
            byte[] bytes = b.toByteArray();
            for (int i = 0; i < bytes.length; i++) {
                if (bytes[i] == 1) {
                    bytes[i] = (byte) 0xC3; // a UTF-8 lead byte followed by a comma: not valid UTF-8
                }
            }
            badUtf8 = new ByteArrayOutputStream() {{ writeBytes(bytes); writeBytes("\r\n".getBytes(StandardCharsets.UTF_8)); }}
                    .toByteArray();
        }
        String lastGood = line(good(4, 1));
        return Stream.of(
                quarantines("too few fields", file(line(good(3, 1)).replace(",GUILTY PLEA,031509,11359HS", "")), 3,
                        new Bad(4, "(row)", "the row has 26 fields, the descriptor declares 29")),
                quarantines("too many fields", file(line(good(3, 1)).replace(",EOR", ",EXTRA,EOR")), 3,
                        new Bad(4, "(row)", "the row has 30 fields, the descriptor declares 29")),
                quarantines("a date that is not a date", file(bad(r -> with(r, "Ch Dispo Date", "3/15/9"))), 3,
                        new Bad(4, "Ch Dispo Date (charge.convictionDate)", "'3/15/9' is not a valid date written MMddyy")),
                quarantines("an impossible date", file(bad(r -> with(r, "Ch Dispo Date", "023009"))), 3,
                        new Bad(4, "Ch Dispo Date (charge.convictionDate)", "'023009' is not a valid date")),
                quarantines("a conviction before the date of birth", file(bad(r -> with(r, "DOB", "010112"))), 3,
                        new Bad(4, "Ch Dispo Date (charge.convictionDate)", "is before the date of birth")),
                quarantines("a conviction in the future", file(bad(r -> with(r, "Ch Dispo Date", "123159"))), 3,
                        new Bad(4, "Ch Dispo Date (charge.convictionDate)", "is after today (a two-digit year, read "
                                + "into 1960-2059 by pivotYear 1960: check the pivot)")),
                quarantines("an offence after the conviction", file(bad(r -> with(r, "Charge Date", "061509"))), 3,
                        new Bad(4, "Charge Date (charge.offenceDate)", "is after the conviction date")),
                quarantines("an unknown code section", file(bad(r -> with(r, "Current Charge", "SEE CHARGE SHEET"))), 3,
                        new Bad(4, "Current Charge (charge.code)", "is not a code section the parser can read")),
                reviews("two sections in one charge are both kept, for review",
                        file(bad(r -> with(r, "Current Charge", "11357HS/11360HS"))), 3, "P64-SEVERAL-SECTIONS"),
                reviews("two cannabis sections not joined by a slash are kept, for review", file(bad(r -> with(r,
                        "Current Charge", "11357HS 11360HS"))), 3, "P64-CODE-UNREADABLE"),
                quarantines("two other sections not joined by a slash", file(bad(r -> with(r, "Current Charge",
                        "459PC 460PC"))), 3, new Bad(4, "Current Charge (charge.code)", "more than one code section")),
                reviews("an unreadable code that names cannabis is kept, for review",
                        file(bad(r -> with(r, "Current Charge", "POSS MARIJUANA"))), 3, "P64-CODE-UNREADABLE"),
                quarantines("an unknown disposition code", file(bad(r -> with(r, "Chg Disp", "99"))), 3,
                        new Bad(4, "Chg Disp (charge.disposition)", "'99' is not in the descriptor's map")),
                quarantines("an unknown level", file(bad(r -> with(r, "Current Level", "X"))), 3,
                        new Bad(4, "Current Level (charge.level)", "'X' is not in the descriptor's map")),
                quarantines("an empty required field", file(bad(r -> with(r, "Current Charge", " "))), 3,
                        new Bad(4, "Current Charge (charge.code)", "is empty, and charge.code is required")),
                quarantines("an empty person key", file(bad(r -> with(r, "SFNO", ""))), 3,
                        new Bad(4, "SFNO (person key)", "is empty")),
                quarantines("a count number that is an identifier, not a number",
                        file(bad(r -> with(r, "Action Number", "1A"))), 3),
                quarantines("bytes that are not UTF-8", badUtf8, 3,
                        new Bad(4, "Truename", "holds bytes that are not valid UTF-8")),
                quarantines("a NUL byte", file(bad(r -> with(r, "Truename", "IVY/AL\u0000EX W"))), 3,
                        new Bad(4, "Truename", "holds a NUL character (byte 0) at position 7")),
                quarantines("a duplicated row", file(line(good(1, 1)), line(good(2, 1))), 4,
                        new Bad(4, "(row)", "an exact duplicate of line 2"),
                        new Bad(5, "(row)", "an exact duplicate of line 3")),
                quarantines("a truncated last line", file(lastGood.substring(0, lastGood.length() / 2)), 3,
                        new Bad(4, "(row)", "does not end with the 'EOR' marker")),
                quarantines("a row without its end marker", file(line(good(3, 1)).replace(",EOR", ",XXX")), 3,
                        new Bad(4, "(row)", "does not end with the 'EOR' marker")),
                quarantines("blank lines between rows", file("", "   ", line(good(3, 1))), 3),
                quarantines("personal values never quoted", file(bad(r -> with(r, "DOB", "999999"))), 3,
                        new Bad(4, "DOB (person.dateOfBirth)", "the value (not shown: personal data) is not a valid date")),
                quarantines("a header and no rows", (header() + "\r\n").getBytes(StandardCharsets.UTF_8), 0),
                fails("an empty file", new byte[0], "the file is empty (0 bytes)"),
                fails("a header that does not match", file().length == 0 ? null
                        : ("Court Number,Ind,Incident No" + header().substring(header().indexOf(",Truename")) + "\r\n"
                        + line(good(1, 1)) + "\r\n").getBytes(StandardCharsets.UTF_8),
                        "column 3 is 'Incident No', the descriptor expects 'Incident Number'"),
                fails("a semicolon-separated file", header().replace(',', ';').getBytes(StandardCharsets.UTF_8),
                        "the first line has 1 fields and 29 of them differ"),
                fails("a file without its header", file().length == 0 ? null : (line(good(1, 1)) + "\r\n")
                        .getBytes(StandardCharsets.UTF_8), "a file without a header?"),
                fails("a quote that is never closed", file(line(good(3, 1)).replace("IVY/ALEX W", "\"IVY/ALEX W")),
                        "a quote that is never closed"),
                fails("binary garbage", new byte[] {0x00, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, (byte) 0xFF, 0x0A},
                        "the header does not match"),
                fails("a zip file", new byte[] {0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, (byte) 0xFF, 0x0A},
                        "the file is compressed (zip): unpack it and put the export itself in the inbox"),
                fails("a gzip file", new byte[] {0x1f, (byte) 0x8b, 0x08, 0x00, 0x00, 0x00},
                        "the file is compressed (gzip): unpack it and put the export itself in the inbox"));
    }

    /** A value far longer than any staging column goes back to the county whole: nothing is cut on the way. */
    @org.junit.jupiter.api.Test
    void aFiveMegabyteNameReachesTheResultsWhole() throws Exception {
        String name = "LONG/NAME " + "X".repeat(5_000_000);
        Path file = tmp.resolve("a-five-megabyte-name.csv");
        Files.write(file, file(bad(r -> with(r, "Truename", name))));
        harness.drop(COUNTY, file);
        RunOutcome run = harness.awaitOne();
        assertThat(run.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(run.reconciliation().rowsQuarantined()).isZero();
        String results = TestFiles.read(harness.folders(COUNTY).outbox().resolve("a-five-megabyte-name-prop64-results.csv"));
        assertThat(results.lines().filter(l -> l.contains(name)).count()).as("the name, whole, on its row").isEqualTo(1);
    }

    /**
     * With approval on (every bundled county's default) the names of the people with a determination are
     * kept for reviewers: a name longer than any column there is kept whole too, and goes back whole once
     * approved, on H2 and on PostgreSQL. (Its VARCHAR(200) columns failed the whole file, SQLState 22001.)
     */
    @org.junit.jupiter.api.Test
    void aFiveMegabyteNameIsKeptWholeForReviewersOnH2(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        checkLongNameAwaitingApproval(dir, org.recordrelief.store.Database.dataSource(
                org.recordrelief.store.Database.inMemoryUrl("malformed-approval"), "sa", ""));
    }

    @org.junit.jupiter.api.Test
    void aFiveMegabyteNameIsKeptWholeForReviewersOnPostgres(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        try (io.zonky.test.db.postgres.embedded.EmbeddedPostgres pg =
                     io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder().start()) {
            checkLongNameAwaitingApproval(dir, pg.getPostgresDatabase());
        }
    }

    private static void checkLongNameAwaitingApproval(Path dir, javax.sql.DataSource staging) throws Exception {
        String middle = "X".repeat(5_000_000);
        String last = "L".repeat(300);
        String first = "F".repeat(300);
        Path file = dir.resolve("a-long-name.csv");
        Files.write(file, file(bad(r -> with(r, "Truename", last + "/" + first + " " + middle))));
        Path work = dir.resolve("work");
        try (PipelineHarness h = new PipelineHarness(TestFiles.adaptersNeedingApproval(dir, COUNTY), work, staging,
                Map.of("WORK", work.toString()))) {
            h.drop(COUNTY, file);
            RunOutcome run = h.awaitOne();
            assertThat(run.status()).as(String.valueOf(run.failureReason())).isEqualTo(RunStatus.AWAITING_APPROVAL);
            assertThat(run.reconciliation().rowsQuarantined()).isZero();

            org.recordrelief.review.Reviewer dana = ApprovalTest.reviewer(h.dataSource(), "dana", COUNTY);
            List<Long> people = new JdbcTemplate(h.dataSource()).queryForList(
                    "SELECT DISTINCT person_line FROM rr_determination WHERE run_id = ?", Long.class, run.runId());
            assertThat(h.review().names(dana, run.runId(), people).values())
                    .extracting(org.recordrelief.store.PersonStore.Named::name)
                    .as("the reviewer sees the name whole").contains(first + " " + middle + " " + last);

            h.review().approve(dana, run.runId(), null);
            String results = TestFiles.read(h.folders(COUNTY).outbox().resolve("a-long-name-prop64-results.csv"));
            assertThat(results.lines().filter(l -> l.contains(last + "/" + first + " " + middle)).count())
                    .as("the name, whole, on its row").isEqualTo(1);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void noCrashNoLossExactReconciliation(Case c) throws Exception {
        Path file = tmp.resolve(c.name().replace(' ', '-') + ".csv");
        Files.write(file, c.file());
        RunOutcome run = harness.runExport(COUNTY, file);
        JdbcTemplate db = new JdbcTemplate(harness.dataSource());

        assertThat(run.status()).as("status").isEqualTo(c.status());
        if (c.status() == RunStatus.FAILED) {
            assertThat(run.failureReason()).contains(c.failure());
            assertThat(db.queryForObject("SELECT (SELECT COUNT(*) FROM rr_determination WHERE run_id = ?) + "
                    + "(SELECT COUNT(*) FROM rr_quarantine WHERE run_id = ?)", Long.class, run.runId(), run.runId()))
                    .as("nothing of a failed file is kept").isZero();
            Path failed = harness.folders(COUNTY).failed();
            String name = file.getFileName().toString();
            List<Path> files = TestFiles.list(failed).stream().filter(p -> p.getFileName().toString().endsWith(name)
                    || p.getFileName().toString().endsWith(name + ".reason.txt")).toList();
            assertThat(files).as("the failed file and its reason file; the inbox holds %s, the archive %s",
                    TestFiles.list(harness.folders(COUNTY).inbox()), TestFiles.list(harness.folders(COUNTY).archive()))
                    .hasSize(2);
            Path reason = files.stream().filter(p -> p.toString().endsWith(".reason.txt")).findFirst().orElseThrow();
            assertThat(TestFiles.read(reason)).contains(c.failure()).contains("move the file back into the")
                    .as("no personal value in a reason").doesNotContain("IVY/ALEX").doesNotContain("931-84-3730");
            Path kept = files.stream().filter(p -> !p.toString().endsWith(".reason.txt")).findFirst().orElseThrow();
            assertThat(Files.readAllBytes(kept)).as("the failed file is kept as it was").isEqualTo(c.file());
            return;
        }
        assertThat(run.reconciliation().rowsRead()).as("rows read").isEqualTo(c.rowsRead());
        assertThat(run.reconciliation().balances()).as("rows read = loaded + quarantined").isTrue();
        assertThat(run.reconciliation().rowsQuarantined()).as("rows quarantined").isEqualTo(c.quarantined().size());
        List<Map<String, Object>> quarantined = db.queryForList("SELECT line_number, field, reason FROM rr_quarantine "
                + "WHERE run_id = ? ORDER BY line_number", run.runId());
        for (int i = 0; i < c.quarantined().size(); i++) {
            Bad expected = c.quarantined().get(i);
            assertThat(((Number) quarantined.get(i).get("line_number")).longValue()).isEqualTo(expected.line());
            assertThat((String) quarantined.get(i).get("field")).isEqualTo(expected.field());
            assertThat((String) quarantined.get(i).get("reason")).contains(expected.reason());
        }
        String report = TestFiles.read(harness.folders(COUNTY).outbox().resolve(
                file.getFileName().toString().replace(".csv", "-quarantine.csv")));
        assertThat(report.lines().count()).as("quarantine report: header + one line per row")
                .isEqualTo(1 + run.reconciliation().rowsQuarantined());
        assertThat(report).doesNotContain("IVY").doesNotContain("931-84-3730").doesNotContain("062478");
        if (c.reviewRule() != null) {
            assertThat(db.queryForList("SELECT outcome, rule_ids FROM rr_determination WHERE run_id = ? AND "
                    + "first_line = 4", run.runId())).singleElement().satisfies(d -> {
                        assertThat(d.get("outcome")).isEqualTo("HAND_REVIEW");
                        assertThat((String) d.get("rule_ids")).contains(c.reviewRule());
                    });
        }
    }
}
