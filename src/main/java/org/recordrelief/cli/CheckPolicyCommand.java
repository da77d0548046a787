package org.recordrelief.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.recordrelief.rules.CountyPolicy;
import org.recordrelief.rules.PolicyException;
import org.recordrelief.rules.PolicyLoader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** Validates county policy files and says what is wrong, where, and how to fix it. */
@Command(name = "check-policy", mixinStandardHelpOptions = true,
        description = "Check county policy files; exit code 2 when one is bad.")
final class CheckPolicyCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "policy.yaml files to check")
    List<Path> files;

    @Override
    public Integer call() {
        PolicyLoader loader = new PolicyLoader();
        int bad = 0;
        for (Path file : files) {
            try {
                CountyPolicy<?> policy = loader.load(file);
                out().println("OK   " + file + ": " + policy.county() + ", rule set " + policy.ruleSet().version()
                        + ", options: " + String.join(", ", policy.options().enabledOptions()));
            } catch (PolicyException e) {
                bad++;
                out().println("BAD  " + e.getMessage());
            }
        }
        return bad == 0 ? 0 : 2;
    }

    private PrintWriter out() {
        return spec.commandLine().getOut();
    }
}
