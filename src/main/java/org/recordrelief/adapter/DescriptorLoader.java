package org.recordrelief.adapter;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.recordrelief.config.YamlBinder;

/**
 * Finds and compiles county adapters: every {@code <adapters>/<county>/adapter.yaml}. A county is
 * onboarded by adding such a folder; no Java changes.
 */
public final class DescriptorLoader {

    public static final String DESCRIPTOR_FILE = "adapter.yaml";
    private static final String EXAMPLE = "a copy of county-adapters/san-francisco/adapter.yaml";

    private final YamlBinder binder = new YamlBinder();
    private final Map<String, String> env;

    public DescriptorLoader() {
        this(System.getenv());
    }

    public DescriptorLoader(Map<String, String> env) {
        this.env = env;
    }

    /** Every county folder with a descriptor, in name order; the first bad one stops the load. */
    public List<CompiledAdapter> loadAll(Path adaptersDir) {
        return countyFolders(adaptersDir).stream().map(this::load).toList();
    }

    /**
     * The county folders (those holding an {@code adapter.yaml}) under the folder of county folders, sorted;
     * a folder that is not there, or that is a county folder itself, is refused with what to pass instead.
     */
    public static List<Path> countyFolders(Path adaptersDir) {
        if (!Files.isDirectory(adaptersDir)) {
            throw new IllegalArgumentException("no county adapters folder at " + adaptersDir.toAbsolutePath()
                    + " (run from the repository root, or pass --adapters)");
        }
        if (Files.isRegularFile(adaptersDir.resolve(DESCRIPTOR_FILE))) {
            Path parent = adaptersDir.toAbsolutePath().getParent();
            throw new IllegalArgumentException(adaptersDir.toAbsolutePath() + " looks like a county folder (it holds "
                    + DESCRIPTOR_FILE + "), not the folder of county folders: pass its parent, --adapters " + parent);
        }
        try (Stream<Path> folders = Files.list(adaptersDir)) {
            return folders.filter(f -> Files.isRegularFile(f.resolve(DESCRIPTOR_FILE))).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the county adapters folder " + adaptersDir.toAbsolutePath(), e);
        }
    }

    public CompiledAdapter load(Path countyFolder) {
        Path file = countyFolder.resolve(DESCRIPTOR_FILE);
        String name = file.toString();
        YamlBinder.Errors errors = (key, problem, fix) -> new DescriptorException(name, key, problem, fix);
        JsonNode root;
        try (InputStream in = Files.newInputStream(file)) {
            root = binder.readTree(in, errors, EXAMPLE);
        } catch (IOException e) {
            throw new DescriptorException(name, "(file)", "cannot read the file: " + e.getMessage(),
                    "check the path and that the file is readable");
        }
        rejectSecrets(root, "", name);
        AdapterDescriptor descriptor = binder.bind(root, "", AdapterDescriptor.class, errors);
        return new DescriptorCompiler(name, countyFolder, env).compile(countyFolder.getFileName().toString(),
                descriptor);
    }

    /** Secrets never sit in a descriptor; catch the obvious attempt with a message that says what to do. */
    private static void rejectSecrets(JsonNode node, String path, String file) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                String key = path.isEmpty() ? e.getKey() : path + "." + e.getKey();
                if (e.getKey().equalsIgnoreCase("password") || e.getKey().equalsIgnoreCase("secret")) {
                    throw new DescriptorException(file, key, "secrets must not be written in a descriptor",
                            "use passwordEnv: NAME_OF_ENVIRONMENT_VARIABLE or passwordFile: path/to/file");
                }
                if (e.getKey().equalsIgnoreCase("passphrase") || e.getKey().equalsIgnoreCase("privateKeyPassphrase")) {
                    throw new DescriptorException(file, key, "secrets must not be written in a descriptor",
                            "use passphraseEnv: NAME_OF_ENVIRONMENT_VARIABLE or passphraseFile: path/to/file");
                }
                rejectSecrets(e.getValue(), key, file);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                rejectSecrets(node.get(i), path + "[" + i + "]", file);
            }
        }
    }
}
