package org.recordrelief.cli;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/** Where the county folders and the work folder are; shared by the commands that load county adapters. */
final class CountyFolderOptions {

    @Option(names = "--adapters", defaultValue = "${sys:recordrelief.adapters:-county-adapters}",
            description = "Folder with one sub-folder per county (default: ${DEFAULT-VALUE}).")
    Path adapters;

    @Option(names = "--work", defaultValue = "work",
            description = "Work folder: county inboxes, archives, outboxes, the embedded database (default: ${DEFAULT-VALUE}).")
    Path work;

    /** The county adapters named (all when none is), checked and compiled. */
    java.util.List<org.recordrelief.adapter.CompiledAdapter> load(java.util.List<String> only) {
        var all = new org.recordrelief.adapter.DescriptorLoader(environment()).loadAll(adapters);
        if (only.isEmpty()) {
            return all;
        }
        java.util.List<String> known = all.stream().map(org.recordrelief.adapter.CompiledAdapter::id).toList();
        for (String name : only) {
            if (!known.contains(name)) {
                throw new IllegalArgumentException("there is no county folder '" + name + "' under "
                        + adapters.toAbsolutePath() + org.recordrelief.config.YamlBinder.suggestion(name, known)
                        + "; the county folders are: " + String.join(", ", known));
            }
        }
        return all.stream().filter(c -> only.contains(c.id())).toList();
    }

    /** The environment descriptors see: the process environment plus WORK, the work folder. */
    Map<String, String> environment() {
        Map<String, String> env = new HashMap<>(System.getenv());
        env.put("WORK", work.toAbsolutePath().toString());
        return env;
    }
}
