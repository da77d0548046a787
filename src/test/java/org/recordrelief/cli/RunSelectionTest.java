package org.recordrelief.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recordrelief.routes.TestFiles;
import org.recordrelief.routes.WorkFolders;

/** Which counties a run takes, when it is done, and what it says about what it did not read. */
class RunSelectionTest {

    private static final Path SJ_SAMPLE = Path.of("county-adapters", "san-joaquin", "sample", "sj-court-extract.txt");



    @Test
    void namedCountiesRunAloneAndTheOthersInboxesAreLeftAsTheyAre(@TempDir Path tmp) throws Exception {
        Path adapters = TestFiles.adapters(tmp, "san-joaquin", "sacramento");
        Path work = tmp.resolve("work");
        Path sjInbox = WorkFolders.of(work, "san-joaquin").create().inbox();
        Path sacInbox = WorkFolders.of(work, "sacramento").create().inbox();
        TestFiles.putInInbox(SJ_SAMPLE, sjInbox, SJ_SAMPLE.getFileName().toString());
        Path sacSample = Files.list(Path.of("county-adapters", "sacramento", "sample")).findFirst().orElseThrow();
        TestFiles.putInInbox(sacSample, sacInbox, sacSample.getFileName().toString());

        CommandRun r = CommandRun.of("run", "san-joaquin", "--work", work.toString(), "--adapters", adapters.toString(),
                "--as-of", "2020-07-01");
        assertThat(r.code()).as(r.out()).isZero();
        assertThat(r.out()).contains("== SAN JOAQUIN: Prop 64 determinations").doesNotContain("SACRAMENTO");
        assertThat(sjInbox).isEmptyDirectory();
        assertThat(sacInbox.resolve(sacSample.getFileName())).exists();
    }

    @Test
    void anUnknownCountyIsOneLineNamingTheCountyFolders(@TempDir Path tmp) {
        Path adapters = TestFiles.adapters(tmp, "san-joaquin", "sacramento");
        CommandRun r = CommandRun.of("run", "kern", "--work", tmp.resolve("work").toString(), "--adapters", adapters.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo("there is no county folder 'kern' under " + adapters.toAbsolutePath()
                + "; the county folders are: sacramento, san-joaquin");
    }

    /**
     * A hidden file, a folder, a link, a link to nothing and a compressed file of another name in the inbox
     * are not waited for, and each is reported; the link is never followed (the file it points to is neither
     * read nor moved).
     */
    @Test
    void entriesThatAreNotReadAreReportedAndNeverWaitedFor(@TempDir Path tmp) throws Exception {
        Path adapters = TestFiles.adapters(tmp, "san-joaquin");
        Path work = tmp.resolve("work");
        Path inbox = WorkFolders.of(work, "san-joaquin").create().inbox();
        Files.copy(SJ_SAMPLE, inbox.resolve("._sj-court-extract.txt"));
        Files.createDirectory(inbox.resolve("older"));
        Path outside = Files.copy(SJ_SAMPLE, tmp.resolve("outside.txt"));
        Files.createSymbolicLink(inbox.resolve("linked.txt"), outside);
        Files.createSymbolicLink(inbox.resolve("dangling.txt"), tmp.resolve("removed.txt"));
        try (var gzip = new java.util.zip.GZIPOutputStream(Files.newOutputStream(inbox.resolve("x.csv.gz")))) {
            gzip.write(Files.readAllBytes(SJ_SAMPLE));
        }

        long started = System.nanoTime();
        CommandRun r = CommandRun.of("run", "--work", work.toString(), "--adapters", adapters.toString(), "--as-of", "2020-07-01",
                "--timeout-seconds", "60");
        assertThat(r.code()).as(r.out()).isZero();
        assertThat((System.nanoTime() - started) / 1e9).as("not waiting for the timeout").isLessThan(30);
        assertThat(r.out()).contains("Nothing to run: no export is waiting in any county inbox",
                "san-joaquin: not read from the inbox: ._sj-court-extract.txt: hidden (its name starts with a dot)",
                "san-joaquin: not read from the inbox: linked.txt: a link: links are never followed; put the file "
                        + "itself in the inbox",
                "san-joaquin: not read from the inbox: older: a folder: only files directly in the inbox are read",
                "san-joaquin: not read from the inbox: dangling.txt: a link: links are never followed; put the file "
                        + "itself in the inbox",
                "san-joaquin: not read from the inbox: x.csv.gz: its name does not match source.include '*.txt'");
        assertThat(outside).exists();
        assertThat(Files.isSymbolicLink(inbox.resolve("linked.txt"))).isTrue();
        assertThat(Files.isSymbolicLink(inbox.resolve("dangling.txt"))).isTrue();
        assertThat(inbox.resolve("x.csv.gz")).exists();
        assertThat(WorkFolders.of(work, "san-joaquin").archive()).isEmptyDirectory();
    }

    /**
     * Los Angeles without --load-samples: its demo database in the work folder is empty. The county fails
     * alone, in one line saying the sample is not loaded and how to load it, without the driver's text.
     */
    @Test
    void anUnloadedSampleDatabaseFailsAloneSayingSoAndTheOthersGoOn(@TempDir Path tmp) throws Exception {
        Path adapters = TestFiles.adapters(tmp, "san-joaquin", "los-angeles");
        Path work = tmp.resolve("work");
        TestFiles.putInInbox(SJ_SAMPLE, WorkFolders.of(work, "san-joaquin").inbox(), SJ_SAMPLE.getFileName().toString());

        CommandRun r = CommandRun.of("run", "--work", work.toString(), "--adapters", adapters.toString(), "--as-of", "2020-07-01");
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.out()).contains("== SAN JOAQUIN: Prop 64 determinations",
                "Reason: the sample database " + work.toAbsolutePath().resolve("los-angeles").resolve("county-db")
                        + " is not loaded (it has none of the county's tables): run with --load-samples to load the "
                        + "bundled sample, or point the county's database URL at the county's own",
                "Nothing of it was kept or written back; the county database is read again at the next run.");
        assertThat(r.out()).doesNotContain("SELECT", "cms_charge", "failed/", "\tat ", "SQLState");
    }

    /** A county's own database (not the demo one in the work folder) that lacks a table is told as it is. */
    @Test
    void aCountysOwnDatabaseFailingIsToldAsItIs(@TempDir Path tmp) throws Exception {
        Path adapters = TestFiles.adapters(tmp, "los-angeles");
        Path descriptor = adapters.resolve("los-angeles").resolve("adapter.yaml");
        String own = "jdbc:h2:file:" + tmp.toAbsolutePath().resolve("county").resolve("cms")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE";
        Files.writeString(descriptor, Files.readString(descriptor).replaceAll("\\$\\{LA_CMS_URL:-[^\"]*",
                java.util.regex.Matcher.quoteReplacement(own)));

        CommandRun r = CommandRun.of("run", "--work", tmp.resolve("work").toString(), "--adapters",
                adapters.toString(), "--as-of", "2020-07-01");
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.out()).contains("Reason: database failure: the statement names a table or column the database "
                + "does not have, or is not valid SQL, or the account may not use it (SQLState 42S04, "
                + "JdbcSQLSyntaxErrorException)").doesNotContain("sample", "SELECT", "cms_charge", "\tat ");
    }
}
