package org.recordrelief.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recordrelief.routes.TestFiles;
import org.recordrelief.routes.WorkFolders;

/**
 * docs/onboarding.md, step by step, on an export in a layout no bundled county uses: profile, init,
 * the edits the guide tells a person to make, check-adapters, dry-run, run.
 */
class OnboardingWalkthroughTest {

    private static final String EXPORT = "src/test/resources/onboarding/kings-court.psv";



    @Test
    void fromAnUnseenExportToAFirstRun(@TempDir Path tmp) throws Exception {
        Path adapters = Files.createDirectories(tmp.resolve("adapters"));
        Path work = tmp.resolve("work");

        // 1. profile
        CommandRun profile = CommandRun.of("profile", EXPORT);
        assertThat(profile.code()).isZero();
        assertThat(profile.out()).contains("Layout: delimited, delimiter '|', quote none, header: no",
                "COLUMN_2: name (personal: values not shown)", "COLUMN_6: code section",
                "COLUMN_8: disposition", "values: 'CONVICTED' 65, 'DISMISSED' 13, 'ACQUITTED' 9",
                "COLUMN_9: date, filled 100%", "dates: MM/dd/yyyy");

        // 2. init
        CommandRun init = CommandRun.of("init", "kings", "--sample", EXPORT, "--adapters", adapters.toString());
        assertThat(init.code()).isZero();
        assertThat(init.out()).contains("TODOs to settle");
        Path descriptor = adapters.resolve("kings/adapter.yaml");
        Path policy = adapters.resolve("kings/policy.yaml");
        assertThat(Files.readString(descriptor)).contains("name: {from: COLUMN_2, name: \"FIRST M LAST\"}",
                "\"CONVICTED\": CONVICTED", "\"MISD\": MISDEMEANOR", "convictionDate: {from: COLUMN_9, date: MM/dd/yyyy}");
        assertThat(adapters.resolve("kings/sample")).as("the export is not copied").doesNotExist();

        CommandRun unsettled = CommandRun.of("check-adapters", "--adapters", adapters.toString());
        assertThat(unsettled.code()).isNotZero();
        assertThat(unsettled.out() + unsettled.err()).contains("at 'line 3': a TODO is left");

        // 3. settle every TODO as the guide's table says for Kings: the drafted values stand, but the description
        String settled = Files.readString(descriptor)
                .replace("description: \"Kings criminal history export\"",
                        "description: \"Kings Superior Court nightly criminal extract\"")
                .replaceAll("(?m)^# TODO: each line.*\\R^# through them.*\\R", "")
                .replaceAll("(?m)^  # TODO: a sentence.*\\R^  # the rules that look.*\\R", "")
                .replaceAll("(?m) *# TODO.*$", "");
        Files.writeString(descriptor, settled);
        Files.writeString(policy, Files.readString(policy).replaceAll("(?m)^# TODO.*\\R", "")
                .replaceAll("(?m) *# TODO.*$", ""));

        // the settled files pass the schemas editors check them with
        var yaml = new com.fasterxml.jackson.databind.ObjectMapper(new com.fasterxml.jackson.dataformat.yaml.YAMLFactory());
        var schemas = com.networknt.schema.SchemaRegistry.withDefaultDialect(
                com.networknt.schema.SpecificationVersion.DRAFT_2020_12);
        assertThat(schemas.getSchema(Files.readString(Path.of("docs/adapter.schema.json")))
                .validate(yaml.readTree(descriptor.toFile()))).isEmpty();
        assertThat(schemas.getSchema(Files.readString(Path.of("docs/policy.schema.json")))
                .validate(yaml.readTree(policy.toFile()))).isEmpty();

        // 4. check, dry-run, run
        CommandRun check = CommandRun.of("check-adapters", "--adapters", adapters.toString());
        assertThat(check.code()).as(check.out() + check.err()).isZero();
        assertThat(check.out()).contains("OK   kings: KINGS, delimited source, 10 columns (4 personal)");

        CommandRun dry = CommandRun.of("dry-run", "kings", EXPORT, "--adapters", adapters.toString(), "--work", work.toString(),
                "--as-of", "2020-07-01");
        assertThat(dry.code()).isZero();
        assertThat(dry.out()).contains("Values the descriptor could not map: 0 of 87 rows quarantined",
                "== KINGS: Prop 64 determinations", "By code section: HS 11357 19, HS 11358 8, HS 11359 12, HS 11360 9",
                "Reconciliation: rows read 87 = loaded 87 + quarantined 0",
                "No offence date (charge.offenceDate) or arrest date (case.arrestDate) is mapped");

        TestFiles.putInInbox(Path.of(EXPORT), WorkFolders.of(work, "kings").create().inbox(), "kings-court.psv");
        CommandRun run = CommandRun.of("run", "kings", "--adapters", adapters.toString(), "--work", work.toString(),
                "--as-of", "2020-07-01");
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("Reconciliation: rows read 87 = loaded 87 + quarantined 0");
        assertThat(run.out()).contains("awaiting a reviewer's approval");
        assertThat(WorkFolders.of(work, "kings").awaitingApproval(1).resolve("kings-court-prop64.csv")).exists();
    }
}
