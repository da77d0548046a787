package org.recordrelief.routes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recordrelief.model.CourtCase;
import org.recordrelief.model.PersonHistory;
import org.recordrelief.model.code.CodeSection;
import org.recordrelief.rules.prop64.Prop64Offence;
import org.recordrelief.samples.SampleFormat;
import org.recordrelief.samples.SampleGenerator;
import org.recordrelief.samples.SyntheticHistories;
import org.recordrelief.store.RunStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The state DOJ research file as the state writes it, through the real routes and the bundled DOJ
 * descriptor: nothing is quarantined that is not a defect, and every cannabis conviction of the county gets
 * a determination.
 */
class DojResearchFileRoutesTest {

    static final int PEOPLE = 400;
    static final long SEED = 2019;

    @Test
    void aFileWithTheStatesValueSetsLoadsWholeAndEveryCannabisConvictionIsDecided(@TempDir Path tmp)
            throws Exception {
        Path export = tmp.resolve("doj-2019.csv");
        SampleGenerator.generate(SampleFormat.DOJ, SEED, PEOPLE, export);
        assertThat(TestFiles.read(export)).as("the state's value sets and spellings are in the file")
                .contains(",COURT ACTION,", ",ARREST/DETAINED/CITED,", ",REGISTRATION,", "11357B2 HS-", "11360A2 HS-",
                        "11357A HS-", ",11360(B) SELL/FURNISH/ETC MARIJUANA/HASH,", "484(A)/490.5 PC-",
                        ",SEE COMMENT FOR CHARGE,", "\"  -  \"", ",001002001000,");
        try (PipelineHarness h = PipelineHarness.h2(TestFiles.adapters(tmp, "sacramento"), tmp.resolve("work"),
                "doj-values")) {
            h.drop("sacramento", export);
            RunOutcome run = h.awaitOne();

            assertThat(run.status()).isEqualTo(RunStatus.COMPLETED);
            assertThat(run.reconciliation().rowsQuarantined()).as("a clean file quarantines nothing").isZero();
            assertThreadsEnd("record-relief-evaluate-" + run.runId(), "record-relief-store-" + run.runId());
            assertThat(run.reconciliation().balances()).isTrue();
            Long decided = new JdbcTemplate(h.dataSource()).queryForObject("SELECT COUNT(*) FROM rr_determination "
                    + "WHERE run_id = ? AND role = 'PRIMARY'", Long.class, run.runId());
            assertThat(decided).as("every cannabis conviction of the county has a determination")
                    .isEqualTo(cannabisConvictionsInSacramento());
        }
    }

    /**
     * The same rows out of person order (each person's last row moved to the end of the file) are read again
     * sorted by person, and every person gets the same determinations as from the grouped file.
     */
    @Test
    void anExportNotGroupedByPersonGetsTheSameDeterminations(@TempDir Path tmp) throws Exception {
        Path grouped = tmp.resolve("grouped.csv");
        SampleGenerator.generate(SampleFormat.DOJ, SEED, 300, grouped);
        List<String> lines = java.nio.file.Files.readAllLines(grouped);
        List<String> body = new ArrayList<>();
        List<String> moved = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String subject = lines.get(i).split(",")[2];
            boolean last = i == lines.size() - 1 || !lines.get(i + 1).split(",")[2].equals(subject);
            boolean alone = !lines.get(i - 1).split(",")[2].equals(subject);
            (last && !alone ? moved : body).add(lines.get(i));
        }
        List<String> shuffled = new ArrayList<>(List.of(lines.get(0)));
        shuffled.addAll(body);
        shuffled.addAll(moved);
        Path notGrouped = tmp.resolve("not-grouped.csv");
        java.nio.file.Files.write(notGrouped, shuffled);
        assertThat(moved).as("the file really is out of person order").hasSizeGreaterThan(100);

        Run fromGrouped = run(tmp.resolve("a"), grouped);
        Run fromSorted = run(tmp.resolve("b"), notGrouped);
        assertThat(fromSorted.determinations()).isEqualTo(fromGrouped.determinations()).hasSizeGreaterThan(100);

        // The results file follows the export's own order, each row with what the grouped run wrote for it.
        Map<String, String> groupedResultOf = new HashMap<>();
        for (int i = 1; i < lines.size(); i++) {
            String result = fromGrouped.results().get(i);
            assertThat(result).startsWith(lines.get(i) + ",");
            groupedResultOf.put(lines.get(i), result);
        }
        assertThat(fromSorted.results()).hasSize(shuffled.size());
        assertThat(fromSorted.results().get(0)).isEqualTo(fromGrouped.results().get(0));
        for (int i = 1; i < shuffled.size(); i++) {
            assertThat(fromSorted.results().get(i)).as("result row %d", i)
                    .isEqualTo(groupedResultOf.get(shuffled.get(i)));
        }
    }

    /**
     * A person who comes back only on the file's last line: by then thousands of determinations have been
     * stored, in batches on their own thread. The run starts over sorted by person, and what it stored before
     * is gone: every determination is there once, the same as from the grouped file. (That a batch still
     * going in ends before the restart deletes is {@code InOrderWorkerTest}'s: here the batches are long in.)
     */
    @Test
    void aPersonWhoComesBackOnTheLastLineStartsTheRunOverWithoutTheBatchesStoredBefore(@TempDir Path tmp)
            throws Exception {
        Path grouped = tmp.resolve("grouped.csv");
        SampleGenerator.generate(SampleFormat.DOJ, SEED, 3000, grouped);
        List<String> lines = java.nio.file.Files.readAllLines(grouped);
        String firstPerson = lines.get(1).split(",")[2];
        assertThat(lines.get(2).split(",")[2]).as("the first person has more than one row").isEqualTo(firstPerson);
        List<String> late = new ArrayList<>(lines);
        late.add(late.remove(1));
        Path notGrouped = tmp.resolve("late.csv");
        java.nio.file.Files.write(notGrouped, late);

        Run fromGrouped = run(tmp.resolve("a"), grouped);
        Run fromLate = run(tmp.resolve("b"), notGrouped);
        assertThat(fromGrouped.determinations()).as("at least two batches stored before the restart")
                .hasSizeGreaterThan(2000);
        assertThat(fromLate.determinations()).isEqualTo(fromGrouped.determinations());
    }

    private record Run(List<String> determinations, List<String> results) {
    }

    /** A run's own threads end with it: a service runs export after export and must not keep them. */
    private static void assertThreadsEnd(String... names) throws InterruptedException {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
        List<String> alive;
        do {
            alive = Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).map(Thread::getName)
                    .filter(List.of(names)::contains).toList();
            if (alive.isEmpty()) {
                return;
            }
            Thread.sleep(50);
        } while (System.nanoTime() < deadline);
        assertThat(alive).as("threads of the ended run").isEmpty();
    }

    private static Run run(Path tmp, Path export) throws Exception {
        try (PipelineHarness h = PipelineHarness.h2(TestFiles.adapters(tmp, "sacramento"), tmp.resolve("work"),
                "order-" + tmp.getFileName())) {
            h.drop("sacramento", export);
            RunOutcome run = h.awaitOne();
            assertThat(run.reconciliation().rowsQuarantined()).isZero();
            List<String> determinations = new JdbcTemplate(h.dataSource()).queryForList("SELECT person_id, case_id, "
                    + "charge_id, outcome, rule_ids, reasons FROM rr_determination WHERE run_id = ? ORDER BY "
                    + "person_id, case_id, charge_id", run.runId()).stream().map(Object::toString).toList();
            Path results = h.folders("sacramento").outbox().resolve(run.outputFiles().get(0));
            return new Run(determinations, java.nio.file.Files.readAllLines(results));
        }
    }

    /** Counted from the synthetic people themselves, not from what the routes read. */
    private static long cannabisConvictionsInSacramento() {
        SyntheticHistories histories = SampleFormat.DOJ.histories(SEED);
        long count = 0;
        for (int i = 0; i < PEOPLE; i++) {
            PersonHistory h = histories.person(i);
            for (CourtCase c : h.cases()) {
                count += c.charges().stream().filter(ch -> ch.isConviction() && c.isInCounty("SACRAMENTO")
                        && ch.code() instanceof CodeSection s && Prop64Offence.isInScope(s)).count();
            }
        }
        assertThat(count).as("the sample is not trivially empty").isGreaterThan(100);
        return count;
    }

    /** One person, five cycles, count orders beyond a 32-bit int, a sentence part of unknown type. */
    @Test
    void aPersonWithFiveCyclesIsReadWhole(@TempDir Path tmp) throws Exception {
        List<Map<String, String>> rows = new ArrayList<>();
        String[][] cycles = {
                // cycle, arrest date, court date, offence, level, sentence location, length, unit
                {"003", "20010301", "20010415", "11357(C) HS-POSS MARIJUANA OVER 1 OZ/28.5 GRAM", "MISDEMEANOR", "JAIL", "10", "D"},
                {"101", "20030301", "20030415", "459 PC-BURGLARY", "FELONY", "PROBATION", "1", "Y"},
                {"102", "20040301", "20040415", "11359 HS-MARIJUANA POSSESS FOR SALE", "FELONY", "", "18", "M"},
                {"350", "20050301", "20050415", "11360A HS-SELL/FURNISH/ETC MARIJUANA/HASH", "FELONY", "  -  ", "2", "Y"},
                {"999", "20060301", "20060415", "11358 HS-PLANT/CULTIVATE/ETC MARIJUANA/HASH", "", "PRISON", "2", "Y"}};
        for (String[] c : cycles) {
            rows.add(row(c[0] + "001001000", c[1], c[1], "ARREST/DETAINED/CITED", c[3], "", "", "", "", ""));
            rows.add(row(c[0] + "002001000", c[1], c[2], "COURT ACTION", c[3], "CONVICTED", c[4], c[5], c[6], c[7]));
        }
        Path file = tmp.resolve("five-cycles.csv");
        DojFiles.write(file, rows);
        try (PipelineHarness h = PipelineHarness.h2(TestFiles.adapters(tmp, "sacramento"), tmp.resolve("work"),
                "five-cycles")) {
            h.drop("sacramento", file);
            RunOutcome run = h.awaitOne();
            assertThat(run.reconciliation().rowsRead()).isEqualTo(10);
            assertThat(run.reconciliation().rowsQuarantined()).isZero();
            JdbcTemplate db = new JdbcTemplate(h.dataSource());
            assertThat(db.queryForObject("SELECT COUNT(DISTINCT case_id) FROM rr_determination WHERE run_id = ?",
                    Long.class, run.runId())).as("each cycle is its own case").isEqualTo(4);
            List<CSVRecord> results = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new StringReader(TestFiles.read(h.folders("sacramento").outbox()
                            .resolve("five-cycles-prop64.csv")))).getRecords();
            assertThat(results).hasSize(10);
            assertThat(results).filteredOn(r -> r.get("STP_TYPE_DESCR").equals("COURT ACTION"))
                    .extracting(r -> r.get("CNT_ORDER") + " " + r.get("PROP64_OUTCOME"))
                    .containsExactly("003002001000 DISMISS", "101002001000 ", "102002001000 DISMISS",
                            "350002001000 DISMISS", "999002001000 DISMISS");
            assertThat(db.queryForList("SELECT code, outcome FROM rr_determination WHERE run_id = ? ORDER BY first_line",
                    run.runId())).extracting(m -> m.get("code") + " " + m.get("outcome")).containsExactly(
                    "HS 11357(c) DISMISS", "HS 11359 DISMISS", "HS 11360(a) DISMISS", "HS 11358 DISMISS");
        }
    }

    /**
     * A single conviction whose only sentence part has a length and no type: the sentence still ends, so
     * Sacramento's "only conviction, sentence complete" dismisses it (without an end it could not).
     */
    @Test
    void aSentenceWithoutATypeStillCompletesForTheOnlyConvictionOption(@TempDir Path tmp) throws Exception {
        Path file = tmp.resolve("no-type.csv");
        DojFiles.write(file, List.of(
                row("001002001000", "20140105", "20140301", "COURT ACTION", "11359 HS-POSSESS MARIJUANA FOR SALE",
                        "CONVICTED", "FELONY", "  -  ", "2", "Y"),
                row("001002001001", "20140105", "20140301", "COURT ACTION", "11359 HS-POSSESS MARIJUANA FOR SALE",
                        "CONVICTED", "FELONY", "", "6", "M")));
        try (PipelineHarness h = PipelineHarness.h2(TestFiles.adapters(tmp, "sacramento"), tmp.resolve("work"),
                "no-type")) {
            h.drop("sacramento", file);
            RunOutcome run = h.awaitOne();
            assertThat(new JdbcTemplate(h.dataSource()).queryForList("SELECT outcome, county_option, reasons FROM "
                    + "rr_determination WHERE run_id = ?", run.runId())).singleElement().satisfies(d -> {
                        assertThat(d.get("outcome")).isEqualTo("DISMISS");
                        assertThat(d.get("county_option")).isEqualTo("onlyConvictionSentenceComplete");
                    });
        }
    }

    /**
     * Unreadable rows: a dismissed count does not make the person's history incomplete, a cannabis conviction
     * that cannot be read is marked for a reviewer in the report and counted in the summary, and a burglary
     * that cannot be read sends the history-dependent relief of the person's other conviction to review.
     */
    @Test
    void unreadableRowsAreWeighedByWhatTheyMayHold(@TempDir Path tmp) throws Exception {
        Map<String, String> dismissedBadDate = row("001002001000", "19600105", "19600301", "COURT ACTION",
                "459 PC-BURGLARY", "DISMISSED", "", "", "", "");
        Map<String, String> felony = row("002002001000", "20050105", "20050301", "COURT ACTION",
                "11359 HS-POSSESS MARIJUANA FOR SALE", "CONVICTED", "FELONY", "", "", "");
        Map<String, String> otherPersonsCannabis = row("001002001000", "19600105", "19600301", "COURT ACTION",
                "11357(B) HS-POSSESS MARIJUANA", "CONVICTED", "MISDEMEANOR", "", "", "");
        otherPersonsCannabis.put("SUBJECT_ID", "20000002");
        Map<String, String> otherPersonsFelony = new LinkedHashMap<>(felony);
        otherPersonsFelony.put("SUBJECT_ID", "20000002");
        Path file = tmp.resolve("unreadable.csv");
        DojFiles.write(file, List.of(dismissedBadDate, felony, otherPersonsCannabis, otherPersonsFelony));
        try (PipelineHarness h = PipelineHarness.h2(TestFiles.adapters(tmp, "sacramento"), tmp.resolve("work"),
                "unreadable")) {
            h.drop("sacramento", file);
            RunOutcome run = h.awaitOne();
            assertThat(run.reconciliation().rowsQuarantined()).isEqualTo(2);
            assertThat(run.summary().quarantinedForReview()).isEqualTo(1);
            assertThat(run.summary().individualsWithUnreadableRecords()).isEqualTo(1);
            assertThat(new JdbcTemplate(h.dataSource()).queryForList("SELECT first_line, outcome, rule_ids FROM "
                    + "rr_determination WHERE run_id = ? ORDER BY first_line", run.runId()))
                    .extracting(d -> d.get("first_line") + " " + d.get("outcome") + " " + d.get("rule_ids"))
                    .containsExactly("3 DISMISS P64-PWS-FELONY+COUNTY-crimeFreeYears",
                            "5 HAND_REVIEW P64-PWS-FELONY+P64-HISTORY-INCOMPLETE");
            String report = TestFiles.read(h.folders("sacramento").outbox().resolve("unreadable-quarantine.csv"));
            assertThat(report.lines()).containsExactly("source_file,line,field,reason,needs_review",
                    "unreadable.csv,2,STP_EVENT_DATE (charge.convictionDate),is before the date of birth,",
                    "unreadable.csv,4,STP_EVENT_DATE (charge.convictionDate),is before the date of birth,"
                            + "yes: may be a conviction the rules decide");
        }
    }

    private static Map<String, String> row(String countOrder, String cycleDate, String eventDate, String step,
                                           String offence, String disposition, String level, String location,
                                           String length, String unit) {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("SUBJECT_ID", "20000001");
        row.put("PRI_NAME", "DOE,JANE A");
        row.put("PRI_DOB", "19700101");
        row.put("CNT_ORDER", countOrder);
        row.put("CYC_DATE", cycleDate);
        row.put("STP_EVENT_DATE", eventDate);
        row.put("STP_TYPE_DESCR", step);
        row.put("STP_ORI_CNTY_NAME", "SACRAMENTO");
        row.put("OFFENSE_DESCR", offence);
        row.put("OFFENSE_TOC", "F");
        row.put("DISP_DESCR", disposition);
        row.put("CONV_STAT_DESCR", level);
        row.put("SENT_LOC_DESCR", location);
        row.put("SENT_LENGTH", length);
        row.put("SENT_TIME_CODE", unit);
        return row;
    }
}
