package org.recordrelief.routes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.recordrelief.report.RunSummary;
import org.recordrelief.store.RunStatus;

/**
 * The legal case set of {@code src/test/resources/legal-cases/}, written by hand from the statute and the
 * four pilot policies, through the real routes: each policy's cases become one DOJ research file, read by
 * the DOJ descriptor of {@code county-adapters/sacramento} (with that policy), judged on 2020-07-01. Every
 * row must get exactly the determination the case expects, and every summary figure must be the one counted
 * by hand in {@code summary.csv}.
 */
class LegalCasesTest {

    static final Path CASES = Path.of("src/test/resources/legal-cases");
    static final List<String> POLICIES = List.of("statute", "sacramento", "san-joaquin", "los-angeles",
            "san-francisco");
    static final Map<String, String> COUNTY = Map.of("statute", "Sacramento", "sacramento", "Sacramento",
            "san-joaquin", "San Joaquin", "los-angeles", "Los Angeles", "san-francisco", "San Francisco");
    static final Pattern POLICY_OPTION = Pattern.compile("^[A-Za-z ]+ policy: (\\w+)");

    @TempDir
    static Path tmp;
    static Map<String, RunOutcome> runs = new HashMap<>();
    static Map<String, Map<String, Map<String, String>>> outputs = new HashMap<>();

    @BeforeAll
    static void runEveryPolicy() throws Exception {
        Path adapters = tmp.resolve("adapters");
        for (String policy : POLICIES) {
            writeAdapter(adapters.resolve(policy), policy);
        }
        try (PipelineHarness h = PipelineHarness.h2(adapters, tmp.resolve("work"), "legal-cases")) {
            for (String policy : POLICIES) {
                Path file = tmp.resolve(policy + "-cases.csv");
                DojFiles.write(file, cases(policy).stream().map(CSVRecord::toMap).toList());
                h.drop(policy, file);
            }
            for (RunOutcome run : h.await(POLICIES.size(), Duration.ofSeconds(120))) {
                runs.put(run.adapterId(), run);
                Path out = h.folders(run.adapterId()).outbox().resolve(run.adapterId() + "-cases-prop64.csv");
                outputs.put(run.adapterId(), byRecordId(Files.readString(out)));
            }
        }
    }

    static List<String> policies() {
        return POLICIES;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("policies")
    void everyRowGetsTheDeterminationTheStatuteGives(String policy) {
        RunOutcome run = runs.get(policy);
        assertThat(run.status()).isEqualTo(RunStatus.COMPLETED);
        List<CSVRecord> rows = cases(policy);
        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            CSVRecord expected = rows.get(i);
            Map<String, String> actual = outputs.get(policy).get(String.valueOf(i + 1));
            String where = expected.get("CASE") + " " + expected.get("CNT_ORDER") + " (" + expected.get("OFFENSE_DESCR")
                    + ")";
            if (actual == null) {
                if (!expected.get("EXPECT_OUTCOME").isEmpty()) {
                    wrong.add(where + ": quarantined, but " + expected.get("EXPECT_OUTCOME") + " was expected");
                }
                continue;
            }
            String why = expected.get("EXPECT_WHY");
            check(wrong, where, "outcome", expected.get("EXPECT_OUTCOME"), actual.get("PROP64_OUTCOME"), why,
                    actual.get("PROP64_RULES"));
            check(wrong, where, "reduced to", expected.get("EXPECT_REDUCED_TO"), actual.get("PROP64_REDUCED_TO"), why,
                    actual.get("PROP64_RULES"));
            Matcher option = POLICY_OPTION.matcher(why);
            if (why.contains("D9")) {
                check(wrong, where, "rules naming the unreadable row", "true",
                        String.valueOf(actual.get("PROP64_RULES").contains("P64-HISTORY-INCOMPLETE")), why,
                        actual.get("PROP64_RULES"));
            } else if (!expected.get("EXPECT_OUTCOME").isEmpty()) {
                check(wrong, where, "county option", option.find() ? option.group(1) : "",
                        actual.get("PROP64_COUNTY_OPTION"), why, actual.get("PROP64_RULES"));
            }
        }
        assertThat(wrong).as("rows whose determination differs from the hand-written expectation").isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("policies")
    void theSummaryFiguresAreTheHandCountedOnes(String policy) throws IOException {
        CSVRecord expected = read(CASES.resolve("summary.csv")).stream().filter(r -> r.get("POLICY").equals(policy))
                .findFirst().orElseThrow();
        RunSummary s = runs.get(policy).summary();
        Map<String, Long> actual = new LinkedHashMap<>();
        actual.put("CONVICTIONS_ELIGIBLE", s.convictionsEligible());
        actual.put("INDIVIDUALS", s.individualsEligible());
        actual.put("DISMISSED", s.dismissed());
        actual.put("REDUCED", s.reduced());
        actual.put("LEFT_WITH_NO_CONVICTION", s.individualsLeftWithNoConviction());
        actual.put("LEFT_WITH_NO_FELONY", s.individualsLeftWithNoFelony());
        Map<String, Long> counted = new LinkedHashMap<>();
        actual.keySet().forEach(k -> counted.put(k, Long.parseLong(expected.get(k))));
        assertThat(actual).isEqualTo(counted);
    }

    private static void check(List<String> wrong, String where, String what, String expected, String actual,
                              String why, String rules) {
        String got = actual == null ? "" : actual;
        if (!expected.equals(got)) {
            wrong.add(where + ": " + what + " '" + got + "' (" + rules + "), expected '" + expected + "': " + why);
        }
    }

    // ---- building the inputs ------------------------------------------------------------------------

    static List<CSVRecord> cases(String policy) {
        try {
            return read(CASES.resolve("cases.csv")).stream().filter(r -> r.get("POLICY").equals(policy)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<CSVRecord> read(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
        }
    }

    /** The DOJ descriptor as every county receives it, with this policy and its county. */
    static void writeAdapter(Path folder, String policy) throws IOException {
        Files.createDirectories(folder);
        String descriptor = Files.readString(Path.of("county-adapters/sacramento/adapter.yaml"));
        assertThat(descriptor).contains("county: Sacramento\n");
        Files.writeString(folder.resolve("adapter.yaml"), descriptor.replace("county: Sacramento\n",
                "county: " + COUNTY.get(policy) + "\n") + "\napproval: none\n");
        String policyYaml = policy.equals("statute") ? "county: Sacramento\nauthority: the statute alone\nruleSet: prop64\n"
                : Files.readString(Path.of("county-adapters", policy, "policy.yaml"));
        Files.writeString(folder.resolve("policy.yaml"), policyYaml);
    }

    /** The county's output, row by row, keyed by the input's RECORD_ID. */
    static Map<String, Map<String, String>> byRecordId(String csv) throws IOException {
        Map<String, Map<String, String>> rows = new HashMap<>();
        for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv))) {
            rows.put(r.get("RECORD_ID"), r.toMap());
        }
        return rows;
    }
}
