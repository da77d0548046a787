package org.recordrelief.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * A command line naming its subcommand builds that one alone (a faster start); it still gets the option
 * defaults, the inherited --config and the error handling, and help or a mistyped name still get them all.
 */
class SubcommandOnlyTest {

    @Test
    void theNamedSubcommandIsTheOnlyOneBuilt() {
        assertThat(RecordReliefCommand.subcommandNamed(new String[] {"run", "--load-samples"}))
                .isEqualTo(RunCommand.class);
        assertThat(RecordReliefCommand.subcommandNamed(new String[] {"--config", "c.properties", "serve"}))
                .isEqualTo(ServeCommand.class);
        assertThat(RecordReliefCommand.subcommandNamed(new String[] {"--config=c.properties", "dry-run"}))
                .isEqualTo(DryRunCommand.class);
        CommandLine cli = RecordReliefCommand.commandLine(null, Map.of(), new String[] {"serve"});
        assertThat(cli.getSubcommands()).containsOnlyKeys("serve");
    }

    @Test
    void helpAMistypedNameOrNoNameGetEverySubcommand() {
        for (String[] args : new String[][] {{}, {"--help"}, {"--version"}, {"rnu"}, {"@args.txt"}, {"--config"},
                {"--help", "run"}}) {
            assertThat(RecordReliefCommand.subcommandNamed(args)).as(String.join(" ", args)).isNull();
            assertThat(RecordReliefCommand.commandLine(null, Map.of(), args).getSubcommands())
                    .hasSameSizeAs(RecordReliefCommand.SUBCOMMANDS);
        }
        StringWriter err = new StringWriter();
        CommandLine cli = RecordReliefCommand.commandLine(null, Map.of(), new String[] {"rnu"});
        cli.setErr(new PrintWriter(err));
        assertThat(cli.execute("rnu")).isEqualTo(2);
        assertThat(err.toString()).as("the usage lists every subcommand").contains("Unmatched argument at index 0: 'rnu'")
                .contains("  run ", "  serve ", "  dry-run ", "  generate ");
    }

    @Test
    void theOneSubcommandTakesItsDefaultsFromTheFileAndTheInheritedConfigOption(@TempDir Path tmp) throws Exception {
        Path file = Files.writeString(tmp.resolve("county.properties"), "record-relief.web-port = 9001\n");
        String[] args = {"serve", "--config", file.toString()};
        CommandLine cli = RecordReliefCommand.commandLine(file, Map.of("RECORD_RELIEF_POLL_SECONDS", "7"), args);
        cli.parseArgs(args);
        ServeCommand serve = cli.getSubcommands().get("serve").getCommand();
        assertThat(serve.webPort).isEqualTo(9001);
        assertThat(serve.pollSeconds).isEqualTo(7);
    }

    @Test
    void aBadDescriptorIsStillAMessageAndExitCodeTwo(@TempDir Path tmp) throws Exception {
        Files.createDirectories(tmp.resolve("adapters/kern"));
        Files.writeString(tmp.resolve("adapters/kern/adapter.yaml"), "county: Kern\nsourse: {}\n");
        String[] args = {"run", "--adapters", tmp.resolve("adapters").toString(), "--work", tmp.resolve("work").toString()};
        StringWriter err = new StringWriter();
        CommandLine cli = RecordReliefCommand.commandLine(null, Map.of(), args);
        cli.setErr(new PrintWriter(err));
        cli.setOut(new PrintWriter(new StringWriter()));
        assertThat(cli.getSubcommands()).containsOnlyKeys("run");
        assertThat(cli.execute(args)).isEqualTo(2);
        assertThat(err.toString()).contains("adapter.yaml").doesNotContain("Exception");
    }
}
