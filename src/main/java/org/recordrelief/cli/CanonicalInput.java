package org.recordrelief.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import picocli.CommandLine.Option;

/** The options shared by commands that evaluate canonical histories: which file, and on which date. */
final class CanonicalInput {

    static final String BUNDLED_SAMPLE = "/samples/canonical-histories.yaml";

    @Option(names = "--histories", description = "Canonical histories (YAML); default: the bundled sample.")
    Path histories;

    @Option(names = "--as-of", description = "Date ages, sentences and windows are judged on (default: today).")
    LocalDate asOf;

    LocalDate asOfOrToday() {
        return asOf != null ? asOf : LocalDate.now();
    }

    InputStream open() throws IOException {
        return histories != null ? Files.newInputStream(histories)
                : CanonicalInput.class.getResourceAsStream(BUNDLED_SAMPLE);
    }
}
