package org.recordrelief.cli;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/** Where the county folders and the work folder are; shared by the commands that load county adapters. */
final class CountyFolderOptions {

    @Option(names = "--adapters", defaultValue = "county-adapters",
            description = "Folder with one sub-folder per county (default: ${DEFAULT-VALUE}).")
    Path adapters;

    @Option(names = "--work", defaultValue = "work",
            description = "Work folder: county inboxes, archives, outboxes, the embedded database (default: ${DEFAULT-VALUE}).")
    Path work;

    /** The environment descriptors see: the process environment plus WORK, the work folder. */
    Map<String, String> environment() {
        Map<String, String> env = new HashMap<>(System.getenv());
        env.put("WORK", work.toAbsolutePath().toString());
        return env;
    }
}
