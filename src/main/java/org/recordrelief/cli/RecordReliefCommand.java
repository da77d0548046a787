package org.recordrelief.cli;

import org.recordrelief.config.ConfigException;
import org.recordrelief.routes.WorkFolderLock;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code record-relief} command line: runs the counties and helps county staff check their files. */
@Command(name = "record-relief", mixinStandardHelpOptions = true, version = "record-relief 0.1",
        description = "Clears Prop 64 cannabis convictions for California counties.",
        subcommands = {RunCommand.class, ServeCommand.class, AdminCommand.class, ProfileCommand.class, InitCommand.class, DryRunCommand.class, PurgeCommand.class, CheckAdaptersCommand.class, CheckPolicyCommand.class, EvaluateCommand.class,
                GenerateCommand.class})
public final class RecordReliefCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        int exitCode = commandLine().execute(args);
        // Under `mvn exec:java` a zero exit must not stop Maven's own JVM.
        if (exitCode != 0) {
            System.exit(exitCode);
        }
    }

    /**
     * The command line with its error handling: a bad descriptor or policy is a message naming the file,
     * the key and the fix (exit code 2), not a stack trace; a work folder another process is using is one
     * line too (exit code 4).
     */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new RecordReliefCommand());
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof ConfigException || e instanceof IllegalArgumentException) {
                commandLine.getErr().println(thrownByUs(e) ? e.getMessage() : "invalid input ("
                        + e.getClass().getSimpleName() + "); run with the log at DEBUG for the details");
                return 2;
            }
            if (e instanceof WorkFolderLock.InUseException) {
                commandLine.getErr().println(e.getMessage());
                return 4;
            }
            throw e;
        });
        return cli;
    }

    /**
     * Our own messages name keys, columns and fixes, never values; a library's (a number parser's, say)
     * may quote the value it choked on, which can be personal.
     */
    private static boolean thrownByUs(Exception e) {
        StackTraceElement[] where = e.getStackTrace();
        return where.length > 0 && where[0].getClassName().startsWith("org.recordrelief.");
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
