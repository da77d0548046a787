package org.recordrelief.routes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

/**
 * Compares a run's output with the file the county folder keeps in {@code expected/}. Run the tests with
 * {@code -Drecordrelief.updateExpected=true} to rewrite the expected files after a deliberate change,
 * then review the diff before committing it.
 */
final class ExpectedOutput {

    static final boolean UPDATE = Boolean.getBoolean("recordrelief.updateExpected");

    private ExpectedOutput() {
    }

    static void check(String county, String name, String actual) {
        Path expected = Path.of("county-adapters", county, "expected", name);
        if (UPDATE) {
            TestFiles.write(expected, actual);
            return;
        }
        assertThat(expected).as("expected output %s (run with -Drecordrelief.updateExpected=true to create it)",
                expected).exists();
        assertThat(actual).as("output %s", name).isEqualTo(TestFiles.read(expected));
    }
}
