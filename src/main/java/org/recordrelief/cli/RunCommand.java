package org.recordrelief.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.recordrelief.model.PersonHistory;
import org.recordrelief.model.yaml.CanonicalYamlReader;
import org.recordrelief.report.RunSummary;
import org.recordrelief.report.SummaryPrinter;
import org.recordrelief.rules.CountyPolicy;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Runs every bundled county and prints each county's summary. Until the county adapters read the
 * counties' own exports, the input is the bundled canonical sample (or {@code --histories}).
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Evaluate every county in the adapters folder and print each county's summary.")
final class RunCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    static final String BUNDLED_SAMPLE = "/samples/canonical-histories.yaml";

    @Option(names = "--adapters", defaultValue = "county-adapters",
            description = "Folder with one sub-folder per county (default: ${DEFAULT-VALUE}).")
    Path adapters;

    @Option(names = "--histories", description = "Canonical histories (YAML) to evaluate instead of the bundled sample.")
    Path histories;

    @Option(names = "--as-of", description = "Date ages, sentences and windows are judged on (default: today).")
    LocalDate asOf;

    @Override
    public Integer call() {
        LocalDate date = asOf != null ? asOf : LocalDate.now();
        List<PersonHistory> people = readHistories();
        for (CountyPolicy<?> policy : CountyPolicies.loadAll(adapters)) {
            RunSummary summary = Evaluation.run(policy, people.iterator(), date, d -> { });
            out().println(SummaryPrinter.format(summary));
        }
        return 0;
    }

    private List<PersonHistory> readHistories() {
        try (InputStream in = histories != null ? Files.newInputStream(histories)
                : RunCommand.class.getResourceAsStream(BUNDLED_SAMPLE)) {
            return new CanonicalYamlReader().readAll(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private PrintWriter out() {
        return spec.commandLine().getOut();
    }
}
