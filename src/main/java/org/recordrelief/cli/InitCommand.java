package org.recordrelief.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.recordrelief.onboarding.DescriptorDraft;
import org.recordrelief.onboarding.ExportProfile;
import org.recordrelief.onboarding.Profiler;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Writes a draft county folder from an export's profile, with each decision left to a person marked TODO. */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = "Write a draft county folder (adapter.yaml, policy.yaml) from the profile of one export; "
                + "every decision a person must take is marked TODO, and check-adapters refuses the files until "
                + "none is left.")
final class InitCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "COUNTY", description = "The county folder to create, e.g. kings or san-benito.")
    String county;

    @Option(names = "--sample", required = true, description = "An export of the county.")
    Path sample;

    @Option(names = "--adapters", defaultValue = "${sys:recordrelief.adapters:-county-adapters}",
            description = "Folder with one sub-folder per county (default: ${DEFAULT-VALUE}).")
    Path adapters;

    /** The line that points the YAML language server at the schema, when this installation has it. */
    private static String schemaLine(Path folder, String which) {
        Path schema = Path.of("docs", which + ".schema.json").toAbsolutePath();
        if (!Files.isRegularFile(schema)) {
            return "";
        }
        Path from = folder.toAbsolutePath();
        String path = schema.startsWith(from.getParent().getParent()) ? from.relativize(schema).toString()
                : schema.toString();
        return "# yaml-language-server: $schema=" + path + "\n";
    }

    @Override
    public Integer call() throws IOException {
        if (!county.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw new IllegalArgumentException("'" + county + "' is not a county folder name: use lower-case words "
                    + "joined by '-', e.g. san-benito");
        }
        if (!Files.isRegularFile(sample)) {
            throw new IllegalArgumentException("there is no file " + sample.toAbsolutePath() + "; give --sample the "
                    + "path of an export of the county");
        }
        Path folder = adapters.resolve(county);
        if (Files.exists(folder)) {
            throw new IllegalArgumentException(folder.toAbsolutePath() + " already exists; init never overwrites a "
                    + "county: choose another name, or edit that folder");
        }
        ExportProfile profile = new Profiler().profile(sample);
        String name = DescriptorDraft.countyName(county);
        Files.createDirectories(folder);
        String adapter = schemaLine(folder, "adapter") + DescriptorDraft.adapter(name, sample.getFileName().toString(),
                profile);
        Files.writeString(folder.resolve("adapter.yaml"), adapter);
        Files.writeString(folder.resolve("policy.yaml"), schemaLine(folder, "policy") + DescriptorDraft.policy(name));
        long todos = adapter.lines().filter(l -> l.contains("TODO")).count() + 2;
        PrintWriter out = spec.commandLine().getOut();
        out.println("Wrote " + folder.resolve("adapter.yaml") + " and " + folder.resolve("policy.yaml") + ", with "
                + todos + " TODOs to settle.");
        String where = adapters.equals(Path.of("county-adapters")) ? "" : " --adapters " + adapters;
        out.println("Next: settle each TODO (docs/onboarding.md), then `check-adapters" + where + "`, then `dry-run "
                + county + " " + sample + where + "`.");
        out.println("The sample itself was not copied: it may hold real people. Put a synthetic export in "
                + folder.resolve("sample") + " if the county's tests should run on one.");
        out.flush();
        return 0;
    }
}
