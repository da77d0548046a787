package org.recordrelief.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every folder and file a run leaves in the work folder is readable by its owner only. */
class OwnerOnlyFilesTest {

    private static final Set<PosixFilePermission> OTHERS = EnumSet.of(PosixFilePermission.GROUP_READ,
            PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.OTHERS_READ,
            PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);

    @Test
    void aRunLeavesNothingAnotherAccountCanRead(@TempDir Path tmp) throws Exception {
        Path work = tmp.resolve("work");
        StringWriter out = new StringWriter();
        int code = RecordReliefCommand.commandLine().setOut(new PrintWriter(out, true))
                .execute("run", "--load-samples", "--work", work.toString(), "--as-of", "2020-07-01");
        assertThat(code).as(out.toString()).isZero();
        List<Path> all;
        try (Stream<Path> paths = Files.walk(work)) {
            all = paths.toList();
        }
        assertThat(all.stream().filter(p -> p.toString().contains("archive") && Files.isRegularFile(p)))
                .as("the exports were archived").hasSizeGreaterThanOrEqualTo(3);
        assertThat(all.stream().filter(p -> p.toString().contains("awaiting-approval") && Files.isRegularFile(p)))
                .as("results wait for approval").hasSizeGreaterThanOrEqualTo(12);
        assertThat(all).as("the staging database is there").anyMatch(p -> p.getFileName().toString()
                .equals("record-relief.mv.db"));
        for (Path p : all) {
            Set<PosixFilePermission> perms = Files.getPosixFilePermissions(p, LinkOption.NOFOLLOW_LINKS);
            assertThat(perms).as(work.relativize(p) + " " + perms).doesNotContainAnyElementsOf(OTHERS);
        }
    }
}
