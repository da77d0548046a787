package org.recordrelief.routes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangePropertyKey;
import org.apache.camel.builder.NotifyBuilder;
import org.recordrelief.adapter.CompiledAdapter;
import org.recordrelief.adapter.DescriptorLoader;
import org.recordrelief.store.Database;

/**
 * Runs the real routes of {@code routes/} on real county adapters, with a temporary work folder and a
 * staging database of the test's choosing, and collects how each run ended.
 */
public final class PipelineHarness implements AutoCloseable {

    public static final LocalDate AS_OF = LocalDate.of(2020, 7, 1);
    static final byte[] TEST_KEY = HexFormat.of().parseHex("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f");

    private final Path workDir;
    private final List<CompiledAdapter> adapters;
    private final BlockingQueue<RunOutcome> outcomes = new LinkedBlockingQueue<>();
    private final BlockingQueue<String> unavailable = new LinkedBlockingQueue<>();
    private final Pipeline pipeline;
    private final DataSource dataSource;

    public PipelineHarness(Path adaptersDir, Path workDir, DataSource staging, Map<String, String> env) {
        this(adaptersDir, workDir, staging, env, null);
    }

    /** @param web where to serve the review pages, or null for none */
    public PipelineHarness(Path adaptersDir, Path workDir, DataSource staging, Map<String, String> env,
                           Pipeline.Web web) {
        this(adaptersDir, workDir, staging, env, web, null);
    }

    /** @param management where to serve health checks and metrics, or null for none */
    public PipelineHarness(Path adaptersDir, Path workDir, DataSource staging, Map<String, String> env,
                           Pipeline.Web web, Pipeline.Management management) {
        this(adaptersDir, workDir, staging, env, web, management, false, Map.of());
    }

    /**
     * The routes as {@code serve} runs them (folders polled every 300 ms, the service's own routes), with
     * Camel properties such as {@code recordrelief.approvedDeliveries.delay}.
     */
    public static PipelineHarness service(Path adaptersDir, Path workDir, DataSource staging, Map<String, String> env,
                                          Map<String, String> camelProperties) {
        return new PipelineHarness(adaptersDir, workDir, staging, env, null, null, true, camelProperties);
    }

    private PipelineHarness(Path adaptersDir, Path workDir, DataSource staging, Map<String, String> env,
                            Pipeline.Web web, Pipeline.Management management, boolean service,
                            Map<String, String> camelProperties) {
        this.workDir = workDir;
        this.dataSource = Database.migrate(staging);
        this.adapters = new DescriptorLoader(env).loadAll(adaptersDir);
        this.pipeline = Pipeline.start(new Pipeline.Settings(adapters, Path.of("routes"), workDir, dataSource, TEST_KEY,
                () -> AS_OF, 300, false, service, 10, web, management, false).withCamelProperties(camelProperties),
                new PipelineEvents() {
                    @Override
                    public void ended(RunOutcome outcome) {
                        outcomes.add(outcome);
                    }

                    @Override
                    public void unavailable(String adapterId, String reason) {
                        unavailable.add(adapterId + ": " + reason);
                    }
                });
    }

    public static PipelineHarness h2(Path adaptersDir, Path workDir, String dbName) {
        return new PipelineHarness(adaptersDir, workDir,
                Database.dataSource(Database.inMemoryUrl(dbName), "sa", ""), Map.of("WORK", workDir.toString()));
    }

    /** What reviewers do, as the review pages do it. */
    public org.recordrelief.review.Review review() {
        return pipeline.review();
    }

    public CompiledAdapter adapter(String id) {
        return adapters.stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow();
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public WorkFolders folders(String adapterId) {
        return WorkFolders.of(workDir, adapterId);
    }

    /** Drops a file into a county's inbox the way a county would: written elsewhere, then moved in. */
    public void drop(String adapterId, Path file) {
        TestFiles.putInInbox(file, folders(adapterId).create().inbox(), file.getFileName().toString());
    }

    /**
     * Camel's NotifyBuilder over a county's source route: matches once {@code count} exports (exchanges that
     * carried a file, not idle polls) are done with, which includes the consumer moving each out of the
     * inbox (or the server's folder) to the archive or failed folder. Create it before the export arrives.
     */
    public NotifyBuilder exportsDone(String adapterId, int count) {
        return new NotifyBuilder(pipeline.camelContext()).fromRoute("source-" + adapterId)
                .filter(e -> polled(e) && e.getMessage().getHeader(Exchange.FILE_NAME) != null).whenDone(count)
                .create();
    }

    public org.apache.camel.CamelContext camelContext() {
        return pipeline.camelContext();
    }

    /** Camel's NotifyBuilder over a county's source route: matches after {@code count} polls of any kind. */
    public NotifyBuilder polls(String adapterId, int count) {
        return new NotifyBuilder(pipeline.camelContext()).fromRoute("source-" + adapterId).filter(PipelineHarness::polled)
                .whenDone(count).create();
    }

    /** An exchange the consumer made, not one an EIP split off it (a run's chunks, a delivery's files). */
    private static boolean polled(Exchange e) {
        return e.getProperty(ExchangePropertyKey.CORRELATION_ID) == null;
    }

    public static void await(NotifyBuilder notify, String what) {
        if (!notify.matches(30, TimeUnit.SECONDS)) {
            throw new AssertionError(what + " did not happen within 30 s");
        }
    }

    /**
     * Drops an export, waits for its run to end and for the source route to be done with it (the export moved
     * out of the inbox, so the same name may be dropped again), and returns how the run ended.
     */
    public RunOutcome runExport(String adapterId, Path file) throws InterruptedException {
        String name = file.getFileName().toString();
        NotifyBuilder done = new NotifyBuilder(pipeline.camelContext()).fromRoute("source-" + adapterId)
                .filter(e -> polled(e) && name.equals(e.getMessage().getHeader(Exchange.FILE_NAME))).whenDone(1)
                .create();
        drop(adapterId, file);
        RunOutcome outcome = awaitOne();
        await(done, "the export " + file.getFileName() + " done with by the source route of " + adapterId);
        // Seen in about one run in five: the exchange reported done a moment before its export was in the
        // archive or failed folder; not understood yet, so the move itself is checked, for at most 10 s.
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!moved(adapterId, name)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the export " + name + " was not moved to the archive or failed folder of "
                        + adapterId);
            }
            Thread.sleep(5);
        }
        return outcome;
    }

    private boolean moved(String adapterId, String name) {
        WorkFolders f = folders(adapterId);
        return !Files.exists(f.inbox().resolve(name)) && java.util.stream.Stream.of(f.archive(), f.failed())
                .flatMap(folder -> TestFiles.list(folder).stream())
                .anyMatch(p -> p.getFileName().toString().endsWith("-" + name));
    }

    public List<RunOutcome> await(int count, Duration timeout) throws InterruptedException {
        List<RunOutcome> result = new ArrayList<>();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (result.size() < count) {
            RunOutcome o = outcomes.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (o == null) {
                throw new AssertionError("only " + result.size() + " of " + count + " runs ended within " + timeout
                        + ": " + result);
            }
            result.add(o);
        }
        return result;
    }

    /** The next "source cannot be read" report, as "county: reason". */
    public String awaitUnavailable() throws InterruptedException {
        String reason = unavailable.poll(60, TimeUnit.SECONDS);
        if (reason == null) {
            throw new AssertionError("no county was reported unavailable within 60 s; runs: " + outcomes);
        }
        return reason;
    }

    /** Runs that ended and have not been awaited. */
    public List<RunOutcome> endedSoFar() {
        return List.copyOf(outcomes);
    }

    public RunOutcome awaitOne() throws InterruptedException {
        return await(1, Duration.ofSeconds(60)).get(0);
    }

    @Override
    public void close() {
        pipeline.close();
        if (dataSource instanceof com.zaxxer.hikari.HikariDataSource pool) {
            pool.close();
        }
    }
}
