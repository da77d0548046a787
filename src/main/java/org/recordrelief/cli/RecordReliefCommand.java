package org.recordrelief.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.recordrelief.config.ConfigException;
import org.recordrelief.routes.WorkFolderLock;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code record-relief} command line: runs the counties and helps county staff check their files. */
@Command(name = "record-relief", mixinStandardHelpOptions = true, version = "record-relief 0.1",
        description = "Clears Prop 64 cannabis convictions for California counties.")
public final class RecordReliefCommand implements Runnable {

    /** The subcommands, in the order the usage help lists them. */
    static final List<Class<?>> SUBCOMMANDS = List.of(RunCommand.class, ServeCommand.class, AdminCommand.class,
            ProfileCommand.class, InitCommand.class, DryRunCommand.class, PurgeCommand.class,
            CheckAdaptersCommand.class, CheckPolicyCommand.class, EvaluateCommand.class, GenerateCommand.class);

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Option(names = "--config", paramLabel = "FILE", scope = CommandLine.ScopeType.INHERIT,
            description = "A properties file of option defaults (record-relief.<option> = value), over the "
                    + "packaged application.properties; RECORD_RELIEF_<OPTION> variables and the command line win.")
    Path config;

    public static void main(String[] args) {
        CommandLine cli;
        try {
            cli = commandLine(ConfiguredDefaults.configFile(args), System.getenv(), args);
        } catch (ConfigException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        int exitCode = cli.execute(args);
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
        return commandLine(null, Map.of());
    }

    /** With option defaults from a configuration file and environment variables ({@link ConfiguredDefaults}). */
    static CommandLine commandLine(Path configFile, Map<String, String> environment) {
        return commandLine(configFile, environment, null);
    }

    /**
     * The command line for these arguments: when they name a subcommand, only that one is built. picocli
     * reads every option of every subcommand it is given, a tenth of a second at each start of a command
     * that county staff run by hand and a scheduler runs every night; help and a mistyped name get all.
     */
    static CommandLine commandLine(Path configFile, Map<String, String> environment, String[] args) {
        CommandLine cli = new CommandLine(new RecordReliefCommand());
        Class<?> named = args == null ? null : subcommandNamed(args);
        for (Class<?> subcommand : named != null ? List.<Class<?>>of(named) : SUBCOMMANDS) {
            cli.addSubcommand(subcommand);
        }
        // set after the subcommands are added: picocli gives these settings to the subcommands it has
        cli.setDefaultValueProvider(new ConfiguredDefaults(configFile, environment));
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
     * The subcommand the arguments name, or null when they do not name one for sure: anything before it but
     * {@code --config} (help, version, an argument file), or a name that is not a subcommand's. picocli then
     * needs them all to answer.
     */
    static Class<?> subcommandNamed(String[] args) {
        int i = 0;
        while (i < args.length && (args[i].equals("--config") || args[i].startsWith("--config="))) {
            i += args[i].equals("--config") ? 2 : 1;
        }
        if (i >= args.length) {
            return null;
        }
        for (Class<?> subcommand : SUBCOMMANDS) {
            Command command = subcommand.getAnnotation(Command.class);
            if (command.name().equals(args[i]) || List.of(command.aliases()).contains(args[i])) {
                return subcommand;
            }
        }
        return null;
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
