package org.recordrelief.routes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.recordrelief.cli.SampleScripts;
import org.recordrelief.report.RunSummary;
import org.recordrelief.report.SummaryAccumulator;
import org.recordrelief.rules.CountyPolicy;
import org.recordrelief.samples.SampleFormat;
import org.recordrelief.samples.SampleGenerator;
import org.recordrelief.samples.SyntheticHistories;
import org.recordrelief.store.Database;
import org.recordrelief.store.RunStatus;

/**
 * The adapters lose nothing the rules need: synthetic people are evaluated directly in canonical form,
 * and again after being written in a county's format and read back through that county's descriptor and
 * the real routes. Both runs must give the same summary, figure for figure.
 */
class AdapterRoundTripTest {

    static final int PEOPLE = 150;

    @ParameterizedTest(name = "{0} through {1}")
    @CsvSource({"doj, sacramento, export.csv", "sf-cms, san-francisco, export.csv", "sj-court, san-joaquin, export.txt",
            "la-sql, los-angeles, export.sql"})
    void countyFormatGivesTheSameResultsAsTheCanonicalHistories(String formatId, String county, String fileName,
                                                                 @TempDir Path tmp) throws Exception {
        SampleFormat format = SampleFormat.byId(formatId);
        long seed = 4242;
        Path export = tmp.resolve(fileName);
        SampleGenerator.generate(format, seed, PEOPLE, export);
        Path work = tmp.resolve("work");
        Map<String, String> env = Map.of("WORK", work.toString());
        Path adapters = TestFiles.adapters(tmp, county);
        if (format == SampleFormat.LA_SQL) {
            SampleScripts.run(export, new org.recordrelief.adapter.DescriptorLoader(env)
                    .load(adapters.resolve(county)).database());
        }
        try (PipelineHarness h = new PipelineHarness(adapters, work,
                Database.dataSource(Database.inMemoryUrl("round-trip-" + county), "sa", ""), env)) {
            if (format != SampleFormat.LA_SQL) {
                h.drop(county, export);
            }
            RunOutcome run = h.awaitOne();
            assertThat(run.status()).isEqualTo(RunStatus.COMPLETED);
            assertThat(run.reconciliation().rowsQuarantined()).as("a clean export quarantines nothing").isZero();
            assertThat(run.reconciliation().balances()).isTrue();
            RunSummary direct = evaluateDirectly(h.adapter(county).policy(), format.histories(seed));
            assertThat(run.summary()).usingRecursiveComparison().isEqualTo(direct);
            assertThat(direct.convictionsEligible()).as("the sample is not trivially empty").isGreaterThan(20);
        }
    }

    private static RunSummary evaluateDirectly(CountyPolicy<?> policy, SyntheticHistories histories) {
        SummaryAccumulator summary = new SummaryAccumulator(policy.county(), policy.ruleSet().version(),
                PipelineHarness.AS_OF);
        for (int i = 0; i < PEOPLE; i++) {
            var history = histories.person(i);
            summary.add(history, policy.evaluate(history, PipelineHarness.AS_OF));
        }
        return summary.summary();
    }
}
