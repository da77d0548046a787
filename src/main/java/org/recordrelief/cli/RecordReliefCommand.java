package org.recordrelief.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code record-relief} command line: runs the counties and helps county staff check their files. */
@Command(name = "record-relief", mixinStandardHelpOptions = true, version = "record-relief 0.1",
        description = "Clears Prop 64 cannabis convictions for California counties.",
        subcommands = {RunCommand.class, EvaluateCommand.class, CheckPolicyCommand.class})
public final class RecordReliefCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        int exitCode = new CommandLine(new RecordReliefCommand()).execute(args);
        // Under `mvn exec:java` a zero exit must not stop Maven's own JVM.
        if (exitCode != 0) {
            System.exit(exitCode);
        }
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
