package org.recordrelief.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
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

    @Option(names = "--adapters", defaultValue = "county-adapters",
            description = "Folder with one sub-folder per county (default: ${DEFAULT-VALUE}).")
    Path adapters;

    @CommandLine.Mixin
    CanonicalInput input;

    @Override
    public Integer call() {
        LocalDate date = input.asOfOrToday();
        List<PersonHistory> people = readHistories();
        for (CountyPolicy<?> policy : CountyPolicies.loadAll(adapters)) {
            RunSummary summary = Evaluation.run(policy, people.iterator(), date, d -> { });
            out().println(SummaryPrinter.format(summary));
        }
        return 0;
    }

    private List<PersonHistory> readHistories() {
        try (InputStream in = input.open()) {
            return new CanonicalYamlReader().readAll(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private PrintWriter out() {
        return spec.commandLine().getOut();
    }
}
