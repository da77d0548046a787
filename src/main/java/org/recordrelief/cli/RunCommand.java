package org.recordrelief.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.recordrelief.adapter.CompiledAdapter;
import org.recordrelief.adapter.SftpSettings;
import org.recordrelief.adapter.DescriptorLoader;
import org.recordrelief.report.SummaryPrinter;
import org.recordrelief.routes.InboxEntries;
import org.recordrelief.routes.Pipeline;
import org.recordrelief.routes.PipelineEvents;
import org.recordrelief.routes.RunOutcome;
import org.recordrelief.routes.WorkFolderLock;
import org.recordrelief.routes.WorkFolders;
import org.recordrelief.store.RunLedger;
import org.recordrelief.store.RunStatus;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

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

    @Option(names = "--routes", description = "Folder of the Camel routes, to run routes edited in place (default: "
            + "the routes packaged with the application).")
    Path routes;

    @CommandLine.Mixin
    StagingDatabaseOptions database;

    @Option(names = "--as-of", description = "Date ages, sentences and windows are judged on (default: today).")
    LocalDate asOf;

    @Option(names = "--load-samples", description = "Put each county's bundled sample in place first (the "
            + "samples are processed every time, as with --reprocess).")
    boolean loadSamples;

    @Option(names = "--reprocess", description = "Process a file again even when a completed run had the same "
            + "contents (by default such a file is skipped and archived).")
    boolean reprocess;

    @Option(names = "--retention-days", description = "After the runs, remove the stored determinations and "
            + "quarantined rows of runs that finished more than this many days ago (default: keep them; see purge).")
    Integer retentionDays;

    @Option(names = "--quiet", description = "Print the summaries alone: no progress lines on standard error, only "
            + "warnings and errors.")
    boolean quiet;

    @Option(names = "--timeout-seconds", defaultValue = "900", description = "Give up waiting after this long (default: ${DEFAULT-VALUE}).")
    long timeoutSeconds;

    @CommandLine.Mixin
    PseudonymKeyOption pseudonymKey;

    @Parameters(arity = "0..*", paramLabel = "COUNTY", description = "County folders to run (default: every "
            + "county).")
    List<String> only = new ArrayList<>();

    /** A county's inbox was polled and held nothing more to take. */
    private record Idle(String adapterId) {
    }

    /** A county's source could not be read (its SFTP server is down, refuses us, or is not the one pinned). */
    private record Unavailable(String adapterId, String reason) {
    }

    @Override
    public Integer call() throws InterruptedException {
        Logging.quiet(quiet);
        Path work = folders.work;
        // The county folders compile while the work folder's database opens: each takes a few hundred
        // milliseconds of every start, and neither needs the other. A bad descriptor is still reported first.
        Background<List<CompiledAdapter>> descriptors = Background.start("record-relief-descriptors",
                () -> folders.load(only));
        try (WorkFolderLock lock = descriptors.unlessItFails(() -> WorkFolderLock.take(work))) {
            try (HikariDataSource staging = descriptors.unlessItFails(() -> database.open(work))) {
                List<CompiledAdapter> counties = descriptors.result();
                byte[] key = pseudonymKey.load(folders.work, folders.environment(), staging,
                        spec.commandLine().getErr());
                if (loadSamples) {
                    SampleLoader.load(counties, work);
                }
                int exitCode = runAll(counties, staging, key);
                if (retentionDays != null) {
                    int purged = new RunLedger(staging, work).purgeFinishedBefore(
                            java.time.Instant.now().minus(java.time.Duration.ofDays(retentionDays)));
                    out().println("Retention: the stored determinations and quarantined rows of " + purged
                            + " run(s) that finished more than " + retentionDays + " days ago were removed.");
                }
                return exitCode;
            }
        }
    }

    /**
     * Starts the routes and waits until each county is done: a file county when a poll of its inbox finds
     * nothing more to take, a database county when its one read has run.
     */
    private int runAll(List<CompiledAdapter> counties, DataSource staging, byte[] key) throws InterruptedException {
        Path work = folders.work;
        BlockingQueue<Object> events = new LinkedBlockingQueue<>();
        LocalDate date = asOf != null ? asOf : LocalDate.now();
        List<RunOutcome> ended = new ArrayList<>();
        List<Unavailable> unavailable = new ArrayList<>();
        Set<String> waiting = new TreeSet<>(counties.stream().map(CompiledAdapter::id).toList());
        Set<String> databaseCounties = new HashSet<>(counties.stream().filter(c -> !c.isFileSource())
                .map(CompiledAdapter::id).toList());
        boolean timedOut = false;
        Pipeline pipeline = Pipeline.start(new Pipeline.Settings(counties, routes, work, staging,
                key, () -> date, 1000, reprocess || loadSamples)
                .withCamelProperties(ConfiguredDefaults.camelProperties(spec)), new PipelineEvents() {
                    @Override
                    public void ended(RunOutcome outcome) {
                        events.add(outcome);
                    }

                    @Override
                    public void idle(String adapterId) {
                        events.add(new Idle(adapterId));
                    }

                    @Override
                    public void unavailable(String adapterId, String reason) {
                        events.add(new Unavailable(adapterId, reason));
                    }
                });
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
            while (!waiting.isEmpty()) {
                Object event = events.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                if (event == null) {
                    timedOut = true;
                    out().println("Stopped waiting after " + timeoutSeconds + " s for " + String.join(", ", waiting)
                            + "; a run still going is interrupted and its export read again at the next run.");
                    break;
                }
                if (event instanceof Idle idle) {
                    waiting.remove(idle.adapterId());
                } else if (event instanceof Unavailable u && waiting.remove(u.adapterId())) {
                    unavailable.add(u);
                } else if (event instanceof RunOutcome o) {
                    ended.add(o);
                    if (databaseCounties.contains(o.adapterId())) {
                        waiting.remove(o.adapterId());
                    }
                }
            }
        } finally {
            pipeline.close();
        }
        ended.sort(Comparator.comparing(RunOutcome::adapterId).thenComparing(RunOutcome::runId));
        ended.forEach(o -> print(o, counties.stream().filter(c -> c.id().equals(o.adapterId())).findFirst()
                .orElseThrow()));
        for (Unavailable u : unavailable) {
            out().println("== " + u.adapterId() + ": its exports could not be read ==");
            out().println("Reason: " + u.reason());
            out().println();
        }
        if (ended.isEmpty() && !timedOut) {
            out().println("Nothing to run: no export is waiting in any county inbox under " + work.toAbsolutePath()
                    + " (add --load-samples to use the bundled samples).");
        }
        reportNotRead(counties);
        reportAwaitingApproval(ended);
        return !timedOut && unavailable.isEmpty() && ended.stream().allMatch(o -> o.status() == RunStatus.COMPLETED
                || o.status() == RunStatus.AWAITING_APPROVAL || o.status() == RunStatus.SKIPPED) ? 0 : 3;
    }

    /** Runs that wait for a reviewer: where and how they are reviewed (the pages are served by serve). */
    private void reportAwaitingApproval(List<RunOutcome> ended) {
        List<String> awaiting = ended.stream().filter(o -> o.status() == RunStatus.AWAITING_APPROVAL)
                .map(o -> o.adapterId()).distinct().toList();
        if (awaiting.isEmpty()) {
            return;
        }
        out().println(ended.stream().filter(o -> o.status() == RunStatus.AWAITING_APPROVAL).count() + " run(s) of "
                + String.join(", ", awaiting) + " await a reviewer's approval; nothing of them has gone back to the "
                + "county yet.");
        out().println("Review and approve them at " + REVIEW_PAGES + " while `record-relief serve` runs (a reviewer "
                + "is added with `record-relief admin add-reviewer NAME --county COUNTY`; docs/review.md).");
    }

    private void reportNotRead(List<CompiledAdapter> counties) {
        for (CompiledAdapter county : counties) {
            if (!county.isFileSource()) {
                continue;
            }
            for (InboxEntries.NotRead entry : InboxEntries.notRead(WorkFolders.of(folders.work, county.id()).inbox(),
                    county.include(), county::doneFileFor)) {
                out().println(county.id() + ": not read from the inbox: " + entry.name() + ": " + entry.why());
            }
        }
    }

    private void print(RunOutcome o, CompiledAdapter county) {
        WorkFolders local = WorkFolders.of(folders.work, o.adapterId());
        SftpSettings server = county.sftpSource();
        PrintWriter out = out();
        if (o.status() == RunStatus.SKIPPED) {
            out.println("== " + o.adapterId() + ": " + o.sourceName() + " skipped (run " + o.runId() + ") ==");
            out.println("Reason: " + o.failureReason());
            out.println("The export is in " + (server == null ? local.archive() : server.doneFolder() + "/ on "
                    + server) + ".");
        } else if (o.status() == RunStatus.AWAITING_APPROVAL) {
            out.print(SummaryPrinter.format(o.summary()));
            out.println("Reconciliation: " + o.reconciliation());
            out.println("Source: " + o.sourceName() + " (run " + o.runId() + ", county folder " + o.adapterId()
                    + "); results: " + o.outputName() + "; awaiting a reviewer's approval at " + REVIEW_PAGES + "runs/"
                    + o.runId() + " (nothing delivered yet)");
        } else if (o.status() == RunStatus.COMPLETED) {
            out.print(SummaryPrinter.format(o.summary()));
            out.println("Reconciliation: " + o.reconciliation());
            out.println("Source: " + o.sourceName() + " (run " + o.runId() + ", county folder " + o.adapterId()
                    + "); results: " + o.outputName() + "; delivered to " + (county.sftpOutput() == null
                    ? local.outbox() : county.sftpOutput()) + ": " + String.join(", ", o.outputFiles()));
        } else {
            out.println("== " + o.adapterId() + ": run " + o.runId() + " on " + o.sourceName() + " FAILED ==");
            Optional<Path> sample = SampleDatabase.of(county, folders.work);
            out.println("Reason: " + (sample.isPresent() && SampleDatabase.notLoaded(o.failureReason())
                    ? SampleDatabase.notLoadedReason(sample.get()) : o.failureReason()));
            out.println(!county.isFileSource() ? "Nothing of it was kept or written back; the county database is "
                    + "read again at the next run." : server == null ? "The export is in " + local.failed()
                    + " with a reason file." : "The export was moved to " + server.failedFolder() + "/ on " + server
                    + "; its reason file is in " + local.failed() + ".");
        }
        out.println();
    }

    /** Where serve shows the review pages by default. */
    private static final String REVIEW_PAGES = "http://127.0.0.1:8642/";

    private PrintWriter out() {
        return spec.commandLine().getOut();
    }
}
