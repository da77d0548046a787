package org.recordrelief.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recordrelief.routes.TestFiles;
import org.recordrelief.routes.WorkFolders;

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

    /**
     * Results that go back at once (no approval) are delivered to the outbox, and an export that cannot be
     * read is moved to {@code failed/} beside its reason file: owner-only too, though the county dropped the
     * export readable by all.
     */
    @Test
    void deliveredResultsAndAFailedExportAreOwnerOnly(@TempDir Path tmp) throws Exception {
        Path adapters = TestFiles.adapters(tmp, "los-angeles", "sacramento", "san-francisco", "san-joaquin");
        Path work = tmp.resolve("work");
        Path bad = tmp.resolve("cut-short.csv");
        Files.writeString(bad, "Court Number,Ind\r\n");
        Files.setPosixFilePermissions(bad, PosixFilePermissions.fromString("rw-r--r--"));
        TestFiles.putInInbox(bad, WorkFolders.of(work, "san-francisco").create().inbox(), "cut-short.csv");

        StringWriter out = new StringWriter();
        int code = RecordReliefCommand.commandLine().setOut(new PrintWriter(out, true)).execute("run",
                "--load-samples", "--work", work.toString(), "--adapters", adapters.toString(), "--as-of", "2020-07-01");
        assertThat(code).as("one export failed").isEqualTo(3);
        for (String county : List.of("sacramento", "san-francisco", "san-joaquin", "los-angeles")) {
            assertThat(TestFiles.list(WorkFolders.of(work, county).outbox())).as(county + " delivered").isNotEmpty();
        }
        // run returns once Camel has stopped, so the failed export has been moved
        assertThat(TestFiles.list(WorkFolders.of(work, "san-francisco").failed())).hasSize(2)
                .extracting(p -> p.getFileName().toString())
                .anyMatch(n -> n.endsWith("cut-short.csv")).anyMatch(n -> n.endsWith("cut-short.csv.reason.txt"));
        List<Path> all;
        try (Stream<Path> paths = Files.walk(work)) {
            all = paths.toList();
        }
        for (Path p : all) {
            String perms = PosixFilePermissions.toString(Files.getPosixFilePermissions(p, LinkOption.NOFOLLOW_LINKS));
            assertThat(perms).as(work.relativize(p).toString()).isEqualTo(Files.isDirectory(p,
                    LinkOption.NOFOLLOW_LINKS) ? "rwx------" : "rw-------");
        }
    }
}
