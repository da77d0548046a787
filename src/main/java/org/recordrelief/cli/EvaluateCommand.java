package org.recordrelief.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.recordrelief.model.yaml.CanonicalYamlReader;
import org.recordrelief.report.RunSummary;
import org.recordrelief.report.SummaryPrinter;
import org.recordrelief.rules.CountyPolicy;
import org.recordrelief.rules.Determination;
import org.recordrelief.rules.PolicyLoader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Evaluates canonical histories under one policy and prints every determination with its reasons. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Evaluate canonical histories (YAML) under one county policy and print each determination.")
final class EvaluateCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--policy", required = true, description = "The county policy file.")
    Path policyFile;

    @CommandLine.Mixin
    CanonicalInput input;

    @Override
    public Integer call() {
        CountyPolicy<?> policy = new PolicyLoader().load(policyFile);
        LocalDate date = input.asOfOrToday();
        out().println("person\tcase/count\tsection\tlevel\toutcome\treduced to\tcounty option\trules\treasons");
        try (InputStream in = input.open()) {
            RunSummary summary = Evaluation.run(policy, new CanonicalYamlReader().read(in), date,
                    this::print);
            out().println();
            out().println(SummaryPrinter.format(summary));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return 0;
    }

    private void print(Determination d) {
        out().println(String.join("\t", d.personId(), d.chargeReference(), d.codeSection(), d.level().name(),
                d.outcome().name(), d.reducedTo() == null ? "" : d.reducedTo().name(),
                d.countyOption() == null ? "" : d.countyOption(), d.ruleIds(), d.reasonText()));
    }

    private PrintWriter out() {
        return spec.commandLine().getOut();
    }
}
