package org.recordrelief.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import picocli.CommandLine;

/**
 * The options' defaults, from the installation's configuration rather than the command line: for an option
 * such as {@code --web-port}, the first of the environment variable {@code RECORD_RELIEF_WEB_PORT}, the key
 * {@code record-relief.web-port} of the file given with {@code --config FILE}, and that key of the
 * {@code application.properties} packaged with the application (which also holds Camel's own settings).
 * An option on the command line wins over all of them; an option without a configured value keeps the
 * default its description names.
 */
final class ConfiguredDefaults implements CommandLine.IDefaultValueProvider {

    static final String PREFIX = "record-relief.";

    private final Properties packaged;
    private final Properties file;
    private final Map<String, String> environment;

    ConfiguredDefaults(Path configFile, Map<String, String> environment) {
        this.packaged = packaged();
        this.file = configFile == null ? new Properties() : read(configFile);
        this.environment = environment;
    }

    /**
     * Camel's own settings ({@code camel.*}) of the file given with {@code --config}, for Camel to apply over
     * the packaged ones. Camel itself lets its {@code CAMEL_*} environment variables win over both.
     */
    Map<String, String> camelProperties() {
        Map<String, String> camel = new java.util.TreeMap<>();
        for (String key : file.stringPropertyNames()) {
            if (key.startsWith("camel.")) {
                camel.put(key, file.getProperty(key).strip());
            }
        }
        return camel;
    }

    /** Camel's settings from the configuration the command line was started with (none without --config). */
    static Map<String, String> camelProperties(CommandLine.Model.CommandSpec spec) {
        return spec.commandLine().getDefaultValueProvider() instanceof ConfiguredDefaults defaults
                ? defaults.camelProperties() : Map.of();
    }

    /** The file named by {@code --config FILE} among the arguments, if any. */
    static Path configFile(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--config") && i + 1 < args.length) {
                return Path.of(args[i + 1]);
            }
            if (args[i].startsWith("--config=")) {
                return Path.of(args[i].substring("--config=".length()));
            }
        }
        return null;
    }

    @Override
    public String defaultValue(CommandLine.Model.ArgSpec arg) {
        if (!(arg instanceof CommandLine.Model.OptionSpec option) || !option.longestName().startsWith("--")) {
            return null;
        }
        String name = option.longestName().substring(2);
        String variable = "RECORD_RELIEF_" + name.toUpperCase(Locale.ROOT).replace('-', '_');
        if (environment.get(variable) != null && !environment.get(variable).isBlank()) {
            return environment.get(variable);
        }
        String key = PREFIX + name;
        String value = file.getProperty(key, packaged.getProperty(key));
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static Properties packaged() {
        Properties p = new Properties();
        try (InputStream in = ConfiguredDefaults.class.getResourceAsStream("/application.properties")) {
            if (in != null) {
                p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the packaged application.properties", e);
        }
        return p;
    }

    private static Properties read(Path file) {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException e) {
            throw new org.recordrelief.config.ConfigException("configuration", file.toString(), "--config",
                    "cannot be read: " + e.getMessage(), "give the path of a readable properties file");
        }
        return p;
    }
}
