package org.recordrelief.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ConfiguredDefaultsTest {

    private static ServeCommand serve(CommandLine cli, String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "serve";
        System.arraycopy(args, 0, all, 1, args.length);
        cli.parseArgs(all);
        return cli.getSubcommands().get("serve").getCommand();
    }

    @Test
    void theCommandLineWinsOverTheEnvironmentOverTheFileOverThePackagedDefaults(@TempDir Path tmp) throws Exception {
        Path file = Files.writeString(tmp.resolve("county.properties"), """
                record-relief.web-port = 9001
                record-relief.poll-seconds = 7
                record-relief.work = /srv/county-work
                """);
        Map<String, String> env = Map.of("RECORD_RELIEF_WEB_PORT", "9002");

        ServeCommand packaged = serve(RecordReliefCommand.commandLine(null, Map.of()));
        assertThat(packaged.webPort).isEqualTo(8642);
        assertThat(packaged.pollSeconds).isEqualTo(30);
        assertThat(packaged.folders.work).isEqualTo(Path.of("work"));

        ServeCommand fromFile = serve(RecordReliefCommand.commandLine(file, Map.of()));
        assertThat(fromFile.webPort).isEqualTo(9001);
        assertThat(fromFile.pollSeconds).isEqualTo(7);
        assertThat(fromFile.folders.work).isEqualTo(Path.of("/srv/county-work"));

        ServeCommand fromEnvironment = serve(RecordReliefCommand.commandLine(file, env));
        assertThat(fromEnvironment.webPort).isEqualTo(9002);
        assertThat(fromEnvironment.pollSeconds).isEqualTo(7);

        ServeCommand fromCommandLine = serve(RecordReliefCommand.commandLine(file, env), "--web-port", "9003");
        assertThat(fromCommandLine.webPort).isEqualTo(9003);
    }

    @Test
    void everyKeyOfThePackagedFileIsAnOption() throws Exception {
        Set<String> options = new HashSet<>();
        collect(RecordReliefCommand.commandLine(), options);
        Matcher keys = Pattern.compile("(?m)^#?\\s*record-relief\\.([a-z-]+)\\s*=").matcher(
                Files.readString(Path.of("src/main/resources/application.properties")));
        int found = 0;
        while (keys.find()) {
            found++;
            assertThat(options).as("record-relief." + keys.group(1) + " names an option").contains("--" + keys.group(1));
        }
        assertThat(found).isGreaterThan(8);
    }

    @Test
    void theConfigFileIsFoundAnywhereAmongTheArguments() {
        assertThat(ConfiguredDefaults.configFile(new String[] {"serve", "--config", "a.properties"}))
                .isEqualTo(Path.of("a.properties"));
        assertThat(ConfiguredDefaults.configFile(new String[] {"--config=b.properties", "run"}))
                .isEqualTo(Path.of("b.properties"));
        assertThat(ConfiguredDefaults.configFile(new String[] {"run"})).isNull();
    }

    private static void collect(CommandLine cli, Set<String> options) {
        cli.getCommandSpec().options().forEach(o -> options.add(o.longestName()));
        cli.getSubcommands().values().forEach(sub -> collect(sub, options));
    }
}
