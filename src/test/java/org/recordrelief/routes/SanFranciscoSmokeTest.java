package org.recordrelief.routes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SanFranciscoSmokeTest {

    @Test
    void runsTheSample(@TempDir Path work) throws Exception {
        Path adapters = work.resolve("adapters");
        Files.createDirectories(adapters);
        copyFolder(Path.of("county-adapters/san-francisco"), adapters.resolve("san-francisco"));
        try (PipelineHarness h = PipelineHarness.h2(adapters, work.resolve("work"), "smoke")) {
            h.drop("san-francisco", Path.of("county-adapters/san-francisco/sample/sf-cms-export.csv"));
            RunOutcome o = h.awaitOne();
            System.out.println(o);
            Path outbox = h.folders("san-francisco").outbox();
            Thread.sleep(500);
            try (var files = Files.list(outbox)) {
                files.forEach(f -> {
                    System.out.println("== " + f);
                    try {
                        System.out.println(Files.readString(f));
                    } catch (Exception e) {
                        throw new RuntimeException(e);
                    }
                });
            }
            assertThat(o.status().name()).isEqualTo("COMPLETED");
        }
    }

    static void copyFolder(Path from, Path to) throws Exception {
        try (var walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
