package org.recordrelief.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.recordrelief.rules.CountyPolicy;
import org.recordrelief.rules.PolicyLoader;

/** Finds and loads {@code <adapters>/<county>/policy.yaml} for every county folder. */
final class CountyPolicies {

    static final String POLICY_FILE = "policy.yaml";

    private CountyPolicies() {
    }

    static List<CountyPolicy<?>> loadAll(Path adaptersDir) {
        if (!Files.isDirectory(adaptersDir)) {
            throw new IllegalArgumentException("no county adapters folder at " + adaptersDir.toAbsolutePath()
                    + " (run from the repository root, or pass --adapters)");
        }
        PolicyLoader loader = new PolicyLoader();
        try (Stream<Path> folders = Files.list(adaptersDir)) {
            return folders.filter(Files::isDirectory)
                    .map(folder -> folder.resolve(POLICY_FILE))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .<CountyPolicy<?>>map(loader::load)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
