package org.recordrelief.routes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.apache.camel.builder.NotifyBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recordrelief.adapter.CompiledAdapter;
import org.recordrelief.adapter.DescriptorLoader;
import org.recordrelief.review.AuditTrail;
import org.recordrelief.review.Review;
import org.recordrelief.review.ReviewStore;
import org.recordrelief.review.Reviewer;
import org.recordrelief.review.Reviewers;
import org.recordrelief.store.Database;
import org.recordrelief.store.RunLedger;
import org.recordrelief.store.RunStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A county whose results need approval: a run ends AWAITING_APPROVAL and nothing reaches the county until
 * a reviewer of that county approves it (with an approval in the audit trail); a reviewer's change goes
 * back as changed, and only in the rows of the changed count; a rejected run never goes back. On the file
 * drop (San Francisco) and the database destination (Los Angeles).
 */
class ApprovalTest {

    private static final String SF = "san-francisco";
    private static final Path SF_SAMPLE = Path.of("county-adapters/san-francisco/sample/sf-cms-export.csv");
    private static final String SF_RESULTS = "sf-cms-export-prop64-results.csv";
    private static final String REASON = "a later felony conviction was found in the court file by hand";

    @Test
    void aFileCountysResultsWaitForApprovalAndGoBackWithTheReviewersChange(@TempDir Path tmp) throws Exception {
        try (PipelineHarness h = sanFrancisco(tmp, "approval-sf")) {
            RunOutcome run = awaitingRun(h);
            assertThat(run.status()).isEqualTo(RunStatus.AWAITING_APPROVAL);
            assertThat(TestFiles.list(h.folders(SF).archive())).hasSize(1);
            assertThat(TestFiles.list(h.folders(SF).outbox())).as("nothing delivered before approval").isEmpty();
            assertThat(h.folders(SF).awaitingApproval(run.runId())).isDirectoryContaining("glob:**" + SF_RESULTS);

            Reviewer dana = reviewer(h.dataSource(), "dana", SF);
            Review review = h.review();
            ReviewStore.DeterminationRow reduced = review.store().determinations(run.runId(),
                    new ReviewStore.Filter("REDUCE", null, null, null), 1, 0).get(0);
            assertThat(reduced.reducedTo()).isEqualTo("MISDEMEANOR");
            review.change(dana, run.runId(), reduced.firstLine(), "DISMISS", null, REASON);
            assertThat(new AuditTrail(h.dataSource()).approved(run.runId())).isFalse();
            assertThat(TestFiles.list(h.folders(SF).outbox())).isEmpty();

            review.approve(dana, run.runId(), "checked against the court files");

            assertThat(new AuditTrail(h.dataSource()).approved(run.runId())).isTrue();
            assertThat(new RunLedger(h.dataSource(), tmp.resolve("work")).find(run.runId()).orElseThrow().status())
                    .isEqualTo(RunStatus.COMPLETED);
            assertThat(TestFiles.list(h.folders(SF).outbox())).extracting(p -> p.getFileName().toString())
                    .containsExactlyInAnyOrder(SF_RESULTS, "sf-cms-export-quarantine.csv");
            assertThat(h.folders(SF).awaitingApproval(run.runId())).doesNotExist();

            List<List<String>> expected = csv(Path.of("county-adapters", SF, "expected", SF_RESULTS));
            List<List<String>> delivered = csv(h.folders(SF).outbox().resolve(SF_RESULTS));
            assertThat(delivered).hasSameSizeAs(expected);
            List<String> header = expected.get(0);
            List<Integer> changedRows = new ArrayList<>();
            for (int i = 0; i < expected.size(); i++) {
                if (!expected.get(i).equals(delivered.get(i))) {
                    changedRows.add(i);
                }
            }
            assertThat(changedRows).as("one row per determination: only the changed one differs").hasSize(1);
            List<String> before = expected.get(changedRows.get(0));
            List<String> after = delivered.get(changedRows.get(0));
            for (int c = 0; c < header.size(); c++) {
                switch (header.get(c)) {
                    case "Prop 64 Result" -> {
                        assertThat(before.get(c)).isEqualTo("REDUCE");
                        assertThat(after.get(c)).isEqualTo("DISMISS AND SEAL");
                    }
                    case "New Level" -> {
                        assertThat(before.get(c)).isEqualTo("M");
                        assertThat(after.get(c)).as("a dismissal reduces to nothing").isEmpty();
                    }
                    case "Rules" -> assertThat(after.get(c)).isEqualTo(before.get(c) + "+REVIEWER-CHANGE");
                    case "Reasons" -> assertThat(after.get(c)).isEqualTo(before.get(c) + " A reviewer changed the "
                            + "recommendation from reduce to misdemeanor to dismiss: " + REASON);
                    default -> assertThat(after.get(c)).as(header.get(c)).isEqualTo(before.get(c));
                }
            }
            assertThatThrownBy(() -> review.change(dana, run.runId(), reduced.firstLine(), "REDUCE", "MISDEMEANOR", "again"))
                    .isInstanceOf(Review.Refused.class).hasMessageContaining("completed, not awaiting approval");
        }
    }

    @Test
    void aRejectedRunNeverGoesBackAndTheSameExportMayComeAgain(@TempDir Path tmp) throws Exception {
        try (PipelineHarness h = sanFrancisco(tmp, "approval-reject")) {
            RunOutcome run = awaitingRun(h);
            Reviewer dana = reviewer(h.dataSource(), "dana", SF);
            assertThatThrownBy(() -> h.review().reject(dana, run.runId(), " ")).isInstanceOf(Review.Refused.class);

            h.review().reject(dana, run.runId(), "the export was cut short");

            assertThat(TestFiles.list(h.folders(SF).outbox())).isEmpty();
            assertThat(h.folders(SF).awaitingApproval(run.runId())).doesNotExist();
            assertThatThrownBy(() -> h.review().approve(dana, run.runId(), null)).isInstanceOf(Review.Refused.class);
            assertThat(TestFiles.list(h.folders(SF).outbox())).isEmpty();

            h.drop(SF, SF_SAMPLE);
            assertThat(h.awaitOne().status()).as("processed again, not skipped as seen before")
                    .isEqualTo(RunStatus.AWAITING_APPROVAL);
        }
    }

    @Test
    void choosingTheRecommendationAgainWithdrawsAChange(@TempDir Path tmp) throws Exception {
        try (PipelineHarness h = sanFrancisco(tmp, "approval-withdraw")) {
            RunOutcome run = awaitingRun(h);
            Reviewer dana = reviewer(h.dataSource(), "dana", SF);
            ReviewStore.DeterminationRow reduced = h.review().store().determinations(run.runId(),
                    new ReviewStore.Filter("REDUCE", null, null, null), 1, 0).get(0);
            h.review().change(dana, run.runId(), reduced.firstLine(), "DISMISS", null, "a slip");
            assertThat(h.review().store().changes(run.runId())).containsOnlyKeys(reduced.firstLine());

            h.review().change(dana, run.runId(), reduced.firstLine(), "REDUCE", "MISDEMEANOR", "undo my slip");

            assertThat(h.review().store().changes(run.runId())).isEmpty();
            assertThat(new AuditTrail(h.dataSource()).forRun(run.runId())).extracting(AuditTrail.Entry::detail)
                    .hasSize(2).last().asString().contains("back to the recommendation REDUCE");
            h.review().approve(dana, run.runId(), null);
            ExpectedOutput.check(SF, SF_RESULTS, TestFiles.read(h.folders(SF).outbox().resolve(SF_RESULTS)));
        }
    }

    @Test
    void aReviewerSeesOnlyTheirCountiesRuns(@TempDir Path tmp) throws Exception {
        try (PipelineHarness h = sanFrancisco(tmp, "approval-access")) {
            RunOutcome run = awaitingRun(h);
            Reviewer other = reviewer(h.dataSource(), "sam", "sacramento");
            assertThat(h.review().runs(other)).isEmpty();
            assertThatThrownBy(() -> h.review().run(other, run.runId())).isInstanceOf(Review.Denied.class);
            assertThatThrownBy(() -> h.review().approve(other, run.runId(), null)).isInstanceOf(Review.Denied.class);
            assertThatThrownBy(() -> h.review().names(other, run.runId(), List.of(1L)))
                    .isInstanceOf(Review.Denied.class);
            assertThat(new AuditTrail(h.dataSource()).forRun(run.runId())).isEmpty();
            assertThat(TestFiles.list(h.folders(SF).outbox())).isEmpty();
        }
    }

    @Test
    void anApprovedRunWhoseDeliveryWasCutShortIsDeliveredAtTheNextStart(@TempDir Path tmp) throws Exception {
        Path adapters = TestFiles.adaptersNeedingApproval(tmp, SF);
        Path work = tmp.resolve("work");
        String db = Database.inMemoryUrl("approval-resume");
        long runId;
        try (PipelineHarness h = new PipelineHarness(adapters, work, Database.dataSource(db, "sa", ""),
                Map.of("WORK", work.toString()))) {
            runId = h.runExport(SF, SF_SAMPLE).runId();
            // approved and audited as the review does, then the process stopped before delivering
            reviewer(h.dataSource(), "dana", SF);
            new AuditTrail(h.dataSource()).record("dana", AuditTrail.Action.APPROVE, runId, null);
            assertThat(new RunLedger(h.dataSource(), work).decide(runId, RunStatus.APPROVED, "dana", null)).isTrue();
        }
        try (PipelineHarness h = new PipelineHarness(adapters, work, Database.dataSource(db, "sa", ""),
                Map.of("WORK", work.toString()))) {
            assertThat(TestFiles.list(h.folders(SF).outbox())).extracting(p -> p.getFileName().toString())
                    .contains(SF_RESULTS);
            ExpectedOutput.check(SF, SF_RESULTS, TestFiles.read(h.folders(SF).outbox().resolve(SF_RESULTS)));
            assertThat(new RunLedger(h.dataSource(), work).find(runId).orElseThrow().status())
                    .isEqualTo(RunStatus.COMPLETED);
        }
    }

    @Test
    void aDatabaseCountysTableGetsNothingUntilApprovalThenTheChangedRow(@TempDir Path tmp) throws Exception {
        Path work = tmp.resolve("work");
        Map<String, String> env = Map.of("WORK", work.toString());
        Path adapters = TestFiles.adaptersNeedingApproval(tmp, "los-angeles");
        CompiledAdapter la = new DescriptorLoader(env).load(adapters.resolve("los-angeles"));
        org.recordrelief.cli.SampleScripts.run(Path.of("county-adapters/los-angeles/sample/la-cms.sql"), la.database());
        DataSource county = Database.dataSource(la.output().database().url(), la.output().database().user(), "");
        JdbcTemplate table = new JdbcTemplate(county);
        try (PipelineHarness h = new PipelineHarness(adapters, work,
                Database.dataSource(Database.inMemoryUrl("approval-la"), "sa", ""), env)) {
            RunOutcome run = h.awaitOne();
            assertThat(run.status()).isEqualTo(RunStatus.AWAITING_APPROVAL);
            assertThat(count(table)).as("nothing in the county table before approval").isZero();

            Reviewer lee = reviewer(h.dataSource(), "lee", "los-angeles");
            ReviewStore.DeterminationRow d = h.review().store().determinations(run.runId(),
                    new ReviewStore.Filter("DISMISS", null, null, null), 1, 0).get(0);
            h.review().change(lee, run.runId(), d.firstLine(), "REDUCE", "MISDEMEANOR", REASON);
            assertThatThrownBy(() -> h.review().change(lee, run.runId(), d.firstLine(), "REDUCE", null, REASON))
                    .isInstanceOf(Review.Refused.class).hasMessageContaining("MISDEMEANOR or INFRACTION");
            // a form's line no run can hold is a determination not found (404), not a failure of the store
            for (long line : new long[] {-1, 10_000_000_000L}) {
                assertThatThrownBy(() -> h.review().change(lee, run.runId(), line, "DISMISS", null, REASON))
                        .isInstanceOf(Review.NotFound.class).hasMessage("run " + run.runId()
                                + " has no determination on line " + line);
            }
            assertThat(count(table)).isZero();

            h.review().approve(lee, run.runId(), null);

            assertThat(new AuditTrail(h.dataSource()).approved(run.runId())).isTrue();
            assertThat(count(table)).isEqualTo(42);
            List<Map<String, Object>> changed = table.queryForList("SELECT outcome, reduced_to, rule_ids FROM "
                    + "prop64_results WHERE rule_ids LIKE '%REVIEWER-CHANGE'");
            assertThat(changed).hasSize(1);
            assertThat(changed.get(0)).containsEntry("outcome", "REDUCE").containsEntry("reduced_to", "MISDEMEANOR");
            assertThat(changed.get(0).get("rule_ids").toString()).isEqualTo(d.ruleIds() + "+REVIEWER-CHANGE");
        }
    }

    @Test
    void theAuditTableRefusesChanges(@TempDir Path tmp) {
        DataSource db = Database.migrate(Database.dataSource(Database.inMemoryUrl("audit-append-only"), "sa", ""));
        new AuditTrail(db).record("dana", AuditTrail.Action.LOGIN, null);
        JdbcTemplate jdbc = new JdbcTemplate(db);
        assertThatThrownBy(() -> jdbc.update("UPDATE rr_audit SET username = 'someone else'"))
                .hasStackTraceContaining("rr_audit is append-only");
        assertThatThrownBy(() -> jdbc.update("DELETE FROM rr_audit")).hasStackTraceContaining("rr_audit is append-only");
        assertThat(jdbc.queryForObject("SELECT username FROM rr_audit", String.class)).isEqualTo("dana");
    }

    /** San Francisco with its bundled descriptor: its results need approval. */
    /**
     * Two instances on one staging database (as serve --cluster runs them): the run's results wait on the
     * instance that ran it; a reviewer approves on the other, which delivers nothing and says so; the instance
     * that ran it delivers them at its next look for approved runs.
     */
    @Test
    void aRunApprovedOnAnotherInstanceIsDeliveredByTheInstanceThatRanIt(@TempDir Path tmp) throws Exception {
        Path adapters = TestFiles.adaptersNeedingApproval(tmp, SF);
        String staging = Database.inMemoryUrl("approval-elsewhere");
        Path ranWork = tmp.resolve("ran");
        Path otherWork = tmp.resolve("other");
        try (PipelineHarness ran = PipelineHarness.service(adapters, ranWork, Database.dataSource(staging, "sa", ""),
                Map.of("WORK", ranWork.toString()), Map.of("recordrelief.approvedDeliveries.delay", "200"));
             PipelineHarness other = new PipelineHarness(adapters, otherWork, Database.dataSource(staging, "sa", ""),
                     Map.of("WORK", otherWork.toString()))) {
            RunOutcome run = ran.runExport(SF, SF_SAMPLE);
            assertThat(run.status()).isEqualTo(RunStatus.AWAITING_APPROVAL);
            Reviewer dana = reviewer(other.dataSource(), "dana", SF);

            NotifyBuilder looked = new NotifyBuilder(ran.camelContext()).fromRoute("approved-deliveries").whenDone(2)
                    .create();
            other.review().approve(dana, run.runId(), "checked on the other instance");
            assertThat(other.review().deliversHere(run.runId())).isFalse();
            assertThat(ran.review().deliversHere(run.runId())).isTrue();
            assertThat(TestFiles.list(other.folders(SF).outbox())).as("nothing delivered by the other instance")
                    .isEmpty();

            PipelineHarness.await(looked, "two looks for approved runs on the instance that ran it");
            assertThat(TestFiles.list(ran.folders(SF).outbox())).extracting(p -> p.getFileName().toString())
                    .contains(SF_RESULTS);
            assertThat(new JdbcTemplate(ran.dataSource()).queryForObject("SELECT status FROM rr_run WHERE run_id = ?",
                    String.class, run.runId())).isEqualTo("COMPLETED");
            assertThat(ran.folders(SF).awaitingApproval(run.runId())).doesNotExist();
        }
    }

    private static PipelineHarness sanFrancisco(Path tmp, String database) {
        return PipelineHarness.h2(TestFiles.adaptersNeedingApproval(tmp, SF), tmp.resolve("work"), database);
    }

    /** The sample export dropped, run and archived: the run that awaits approval. */
    private static RunOutcome awaitingRun(PipelineHarness h) throws InterruptedException {
        return h.runExport(SF, SF_SAMPLE);
    }

    static Reviewer reviewer(DataSource db, String name, String county) {
        Reviewers reviewers = new Reviewers(db);
        reviewers.save(name, "correct horse battery staple".toCharArray(), Set.of(county));
        return reviewers.find(name).orElseThrow();
    }

    private static long count(JdbcTemplate table) {
        return table.queryForObject("SELECT COUNT(*) FROM prop64_results", Long.class);
    }

    private static List<List<String>> csv(Path file) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(Files.newBufferedReader(file))) {
            reader.forEach(r -> rows.add(List.copyOf(r.getFields())));
        }
        return rows;
    }
}
