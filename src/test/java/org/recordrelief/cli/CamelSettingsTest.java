package org.recordrelief.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Camel's own settings come from the packaged application.properties, then a county's --config file, then
 * Camel's CAMEL_* environment variables: the context's name shows which one Camel applied.
 */
class CamelSettingsTest {

    @Test
    void theConfigFileOverridesThePackagedSettingsAndCamelsEnvironmentVariablesOverrideBoth(@TempDir Path tmp)
            throws Exception {
        Path config = Files.writeString(tmp.resolve("county.properties"), "camel.main.name = from-the-config-file\n");

        assertThat(run(tmp.resolve("packaged"), Map.of())).contains("started as 'record-relief'");
        assertThat(run(tmp.resolve("file"), Map.of(), "--config", config.toString()))
                .contains("started as 'from-the-config-file'");
        assertThat(run(tmp.resolve("environment"), Map.of("CAMEL_MAIN_NAME", "from-the-environment"),
                "--config", config.toString())).contains("started as 'from-the-environment'");
    }

    /** Runs san-joaquin's sample in a separate process (its environment is its own) and returns its log. */
    private static String run(Path dir, Map<String, String> environment, String... more) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"), RecordReliefCommand.class.getName()));
        command.addAll(List.of(more));
        command.addAll(List.of("run", "san-joaquin", "--load-samples", "--work", dir.resolve("work").toString(),
                "--adapters", org.recordrelief.routes.TestFiles.adapters(dir, "san-joaquin").toString()));
        Path err = Files.createDirectories(dir).resolve("err.txt");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(dir.resolve("out.txt").toFile())
                .redirectError(err.toFile());
        builder.environment().remove("CAMEL_MAIN_NAME");
        builder.environment().putAll(environment);
        Process p = builder.start();
        assertThat(p.waitFor(3, TimeUnit.MINUTES)).isTrue();
        assertThat(p.exitValue()).as(Files.readString(err)).isZero();
        return Files.readString(err);
    }
}
