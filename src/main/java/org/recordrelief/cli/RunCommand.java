package org.recordrelief.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.recordrelief.adapter.CompiledAdapter;
import org.recordrelief.adapter.DescriptorLoader;
import org.recordrelief.report.SummaryPrinter;
import org.recordrelief.routes.Pipeline;
import org.recordrelief.routes.PseudonymKey;
import org.recordrelief.routes.RunOutcome;
import org.recordrelief.routes.WorkFolderLock;
import org.recordrelief.routes.WorkFolders;
import org.recordrelief.store.Database;
import org.recordrelief.store.RunStatus;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Runs every county once: the exports waiting in each county's inbox and one read of each county
 * database, through the Camel routes, then prints each run's summary and reconciliation. With
 * {@code --load-samples} it first puts the bundled samples where the counties would put their exports.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run every county once and print each county's summary and reconciliation.")
final class RunCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    CountyFolderOptions folders;

    @Option(names = "--routes", defaultValue = "routes", description = "Folder of the Camel routes (default: ${DEFAULT-VALUE}).")
    Path routes;

    @Option(names = "--db-url", description = "Staging database JDBC URL (default: an H2 file database in the work folder).")
    String dbUrl;

    @Option(names = "--db-user", defaultValue = "sa", description = "Staging database user (default: ${DEFAULT-VALUE}).")
    String dbUser;

    @Option(names = "--db-password-env", description = "Environment variable holding the staging database password.")
    String dbPasswordEnv;

    @Option(names = "--as-of", description = "Date ages, sentences and windows are judged on (default: today).")
    LocalDate asOf;

    @Option(names = "--load-samples", description = "Put each county's bundled sample in place first (the "
            + "samples are processed every time, as with --reprocess).")
    boolean loadSamples;

    @Option(names = "--reprocess", description = "Process a file again even when a completed run had the same "
            + "contents (by default such a file is skipped and archived).")
    boolean reprocess;

    @Option(names = "--timeout-seconds", defaultValue = "900", description = "Give up waiting after this long (default: ${DEFAULT-VALUE}).")
    long timeoutSeconds;

    @Override
    public Integer call() throws InterruptedException {
        Path work = folders.work;
        List<CompiledAdapter> counties = new DescriptorLoader(folders.environment()).loadAll(folders.adapters);
        try (WorkFolderLock lock = WorkFolderLock.take(work)) {
            return runLocked(counties);
        }
    }

    private int runLocked(List<CompiledAdapter> counties) throws InterruptedException {
        Path work = folders.work;
        if (loadSamples) {
            SampleLoader.load(counties, work);
        }
        int expected = expectedRuns(counties);
        if (expected == 0) {
            out().println("Nothing to run: no export is waiting in any county inbox under " + work.toAbsolutePath()
                    + " (add --load-samples to use the bundled samples).");
            return 0;
        }
        String password = dbPasswordEnv == null ? "" : System.getenv(dbPasswordEnv);
        try (HikariDataSource staging = Database.dataSource(dbUrl != null ? dbUrl : Database.defaultUrl(work), dbUser,
                password)) {
            Database.migrate(staging);
            return runAll(counties, staging, expected);
        }
    }

    private int runAll(List<CompiledAdapter> counties, DataSource staging, int expected) throws InterruptedException {
        Path work = folders.work;
        BlockingQueue<RunOutcome> outcomes = new LinkedBlockingQueue<>();
        LocalDate date = asOf != null ? asOf : LocalDate.now();
        List<RunOutcome> ended = new ArrayList<>();
        Pipeline pipeline = Pipeline.start(new Pipeline.Settings(counties, routes, work, staging,
                PseudonymKey.load(work), () -> date, 1000, reprocess || loadSamples), outcomes::add);
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
            while (ended.size() < expected) {
                RunOutcome o = outcomes.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                if (o == null) {
                    out().println("Stopped waiting after " + timeoutSeconds + " s: " + ended.size() + " of " + expected
                            + " runs ended.");
                    break;
                }
                ended.add(o);
            }
        } finally {
            pipeline.close();
        }
        ended.sort(Comparator.comparing(RunOutcome::adapterId).thenComparing(RunOutcome::runId));
        ended.forEach(this::print);
        return ended.size() == expected && ended.stream().allMatch(o -> o.status() == RunStatus.COMPLETED
                || o.status() == RunStatus.SKIPPED) ? 0 : 3;
    }

    private int expectedRuns(List<CompiledAdapter> counties) {
        Path work = folders.work;
        int runs = 0;
        for (CompiledAdapter county : counties) {
            if (!county.isFileSource()) {
                runs++;
                continue;
            }
            PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + county.include());
            try (Stream<Path> files = Files.list(WorkFolders.of(work, county.id()).create().inbox())) {
                runs += (int) files.filter(f -> Files.isRegularFile(f) && matcher.matches(f.getFileName())).count();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return runs;
    }

    private void print(RunOutcome o) {
        Path work = folders.work;
        PrintWriter out = out();
        if (o.status() == RunStatus.SKIPPED) {
            out.println("== " + o.adapterId() + ": " + o.sourceName() + " skipped (run " + o.runId() + ") ==");
            out.println("Reason: " + o.failureReason());
            out.println("The export is in " + WorkFolders.of(work, o.adapterId()).archive() + ".");
        } else if (o.status() == RunStatus.COMPLETED) {
            out.print(SummaryPrinter.format(o.summary()));
            out.println("Reconciliation: " + o.reconciliation());
            out.println("Source: " + o.sourceName() + " (run " + o.runId() + ", county folder " + o.adapterId()
                    + "); results: " + o.outputName() + "; delivered to " + WorkFolders.of(work, o.adapterId()).outbox()
                    + ": " + String.join(", ", o.outputFiles()));
        } else {
            out.println("== " + o.adapterId() + ": run " + o.runId() + " on " + o.sourceName() + " FAILED ==");
            out.println("Reason: " + o.failureReason());
            out.println("The export is in " + WorkFolders.of(work, o.adapterId()).failed() + " with a reason file.");
        }
        out.println();
    }

    private PrintWriter out() {
        return spec.commandLine().getOut();
    }
}
