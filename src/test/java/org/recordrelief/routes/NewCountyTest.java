package org.recordrelief.routes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recordrelief.samples.SampleFormat;
import org.recordrelief.samples.SampleGenerator;
import org.recordrelief.store.RunStatus;

/** Onboarding a county is a folder of YAML: no Java, no change to the routes. */
class NewCountyTest {

    @Test
    void aFifthCountyFromACopiedFolderWithEditedYaml(@TempDir Path tmp) throws Exception {
        Path adapters = tmp.resolve("adapters");
        Path marin = adapters.resolve("marin");
        TestFiles.copyFolder(Path.of("county-adapters/san-francisco"), marin);
        edit(marin.resolve("adapter.yaml"), List.of(
                "county: San Francisco", "county: Marin",
                "county: {constant: San Francisco}", "county: {constant: Marin}",
                "court: {constant: San Francisco Superior Court}", "court: {constant: Marin Superior Court}",
                "file: \"{source}-prop64-results.csv\"", "file: \"marin-{source}-results.csv\"",
                "      \"50\": OTHER          # transferred", "      \"50\": OTHER\n      \"99\": OTHER",
                "policy: policy.yaml", "policy: policy.yaml\napproval: none"));
        edit(marin.resolve("policy.yaml"), List.of(
                "county: San Francisco", "county: Marin",
                "authority: San Francisco District Attorney, Prop 64 pilot with Code for America",
                "authority: Marin County District Attorney",
                "  misdemeanorsReferredTo: the District Attorney's misdemeanor unit", "  dismissMisdemeanorsAndInfractions: true"));
        Path export = tmp.resolve("marin-export.csv");
        SampleGenerator.generate(SampleFormat.SF_CMS, 7, 60, export);

        try (PipelineHarness h = PipelineHarness.h2(adapters, tmp.resolve("work"), "marin")) {
            h.drop("marin", export);
            RunOutcome run = h.awaitOne();
            assertThat(run.status()).isEqualTo(RunStatus.COMPLETED);
            assertThat(run.summary().county()).isEqualTo("MARIN");
            assertThat(run.reconciliation().balances()).isTrue();
            assertThat(run.reconciliation().rowsQuarantined()).isZero();
            assertThat(run.summary().dismissed()).as("Marin dismisses misdemeanors").isPositive();
            assertThat(run.summary().byReason()).containsKey("COUNTY-dismissMisdemeanorsAndInfractions")
                    .doesNotContainKey("COUNTY-misdemeanorsReferredTo");
            Path results = h.folders("marin").outbox().resolve("marin-marin-export-results.csv");
            assertThat(results).exists();
            assertThat(Files.readAllLines(results)).hasSizeGreaterThan(10)
                    .first().asString().startsWith("Court Number,Action Number,SFNO");
        }
    }

    @Test
    void aCountyWithItsOwnLayoutWrittenFromScratch(@TempDir Path tmp) throws Exception {
        Path kern = tmp.resolve("adapters/kern");
        Files.createDirectories(kern);
        Files.writeString(kern.resolve("policy.yaml"), """
                county: Kern
                authority: Kern County District Attorney
                ruleSet: prop64
                options:
                  dismissMisdemeanorsAndInfractions: true
                """);
        Files.writeString(kern.resolve("adapter.yaml"), """
                county: Kern
                description: pipe-delimited nightly extract without a header, dates yyyyMMdd
                approval: none
                source:
                  type: file
                  format: delimited
                  include: "*.dat"
                  delimited: {delimiter: "|", quote: "", header: false}
                  columns:
                    - {name: ID, description: person number, personal: true}
                    - {name: BORN, description: date of birth, personal: true}
                    - {name: CASE, description: case number, personal: true}
                    - {name: CNT, description: count number, personal: false}
                    - {name: CODE, description: "section, H&S only, no code letters", personal: false}
                    - {name: LVL, description: "1 felony, 2 misdemeanor, 3 infraction", personal: false}
                    - {name: DISP, description: "G guilty, D dismissed", personal: false}
                    - {name: DISP_DT, description: disposition date, personal: false}
                person:
                  key: [ID]
                  dateOfBirth: {from: BORN, date: yyyyMMdd}
                case:
                  key: [CASE]
                  caseNumber: {from: CASE}
                  county: {constant: Kern}
                charge:
                  key: [CNT]
                  code: {from: CODE, defaultCode: HS}
                  disposition: {from: DISP, map: {G: CONVICTED, D: DISMISSED}}
                  convictionDate: {from: DISP_DT, date: yyyyMMdd}
                  level: {from: LVL, map: {"1": FELONY, "2": MISDEMEANOR, "3": INFRACTION}}
                output:
                  format: delimited
                  file: "{source}.out"
                  delimited: {delimiter: "|", quote: "", header: false}
                  lineTerminator: LF
                  columns:
                    - {name: CASE, from: input.CASE}
                    - {name: CNT, from: input.CNT}
                    - {name: RESULT, from: determination.outcome, map: {DISMISS: D, REDUCE: R, NOT_ELIGIBLE: N, HAND_REVIEW: H}}
                """);
        Path export = tmp.resolve("nightly.dat");
        Files.writeString(export, String.join("\n",
                "K1|19700101|C100|1|11357(b)|2|G|20080101",
                "K1|19700101|C100|2|11364|2|D|20080101",
                "K2|19800101|C200|1|11359|1|G|20100101",
                "K3|19900101|C300|1|11360(a)|2|G|20120101", ""));

        try (PipelineHarness h = PipelineHarness.h2(tmp.resolve("adapters"), tmp.resolve("work"), "kern")) {
            h.drop("kern", export);
            RunOutcome run = h.awaitOne();
            assertThat(run.status()).isEqualTo(RunStatus.COMPLETED);
            assertThat(run.reconciliation().toString()).isEqualTo("rows read 4 = loaded 4 + quarantined 0");
            assertThat(Files.readString(h.folders("kern").outbox().resolve("nightly.out")))
                    .isEqualTo("C100|1|D\nC200|1|R\nC300|1|D\n");
        }
    }

    private static void edit(Path file, List<String> replacements) throws Exception {
        String text = Files.readString(file);
        for (int i = 0; i < replacements.size(); i += 2) {
            assertThat(text).as("%s holds the text to edit", file).contains(replacements.get(i));
            text = text.replace(replacements.get(i), replacements.get(i + 1));
        }
        Files.writeString(file, text);
    }
}
