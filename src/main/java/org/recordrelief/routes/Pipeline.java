package org.recordrelief.routes;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.apache.camel.main.Main;
import org.recordrelief.adapter.CompiledAdapter;
import org.recordrelief.adapter.DatabaseSettings;
import org.recordrelief.adapter.mapping.Pseudonymizer;
import org.recordrelief.store.Database;

/**
 * Starts Camel with the routes of {@code routes/} and one set of county routes per adapter, on the
 * staging database. Used by {@code record-relief run} and by the route tests, so both run the same
 * routes.
 */
public final class Pipeline implements AutoCloseable {

    /**
     * @param adapters        the compiled county adapters
     * @param routesDir       the folder with the *.camel.yaml route definitions, or null for those packaged in
     *                        the application (classpath:routes)
     * @param workDir         where county folders (inbox, archive, failed, outbox) live
     * @param stagingDatabase the staging database, already migrated
     * @param pseudonymKey    the installation secret for person and case ids
     * @param asOf            the date each run judges on (usually today)
     * @param pollDelayMillis how often file inboxes are polled
     * @param reprocess       process files again even when a completed run had the same contents
     * @param service         read each county on its schedule, for as long as the service runs ({@code serve}),
     *                        instead of once ({@code run})
     * @param stopSeconds     when stopped, how long a run in progress may take to finish before it is interrupted
     * @param web             where the review pages are served, or null for none
     * @param management      where health checks and metrics are served, or null for none
     * @param cluster         share the counties with the other instances on this PostgreSQL staging database:
     *                        each county runs on one of them at a time ({@link CountyLeadership})
     */
    public record Settings(List<CompiledAdapter> adapters, Path routesDir, Path workDir, DataSource stagingDatabase,
                           byte[] pseudonymKey, Supplier<LocalDate> asOf, long pollDelayMillis, boolean reprocess,
                           boolean service, int stopSeconds, Web web, Management management, boolean cluster,
                           Map<String, String> camelProperties) {

        public Settings(List<CompiledAdapter> adapters, Path routesDir, Path workDir, DataSource stagingDatabase,
                        byte[] pseudonymKey, Supplier<LocalDate> asOf, long pollDelayMillis, boolean reprocess,
                        boolean service, int stopSeconds, Web web, Management management, boolean cluster) {
            this(adapters, routesDir, workDir, stagingDatabase, pseudonymKey, asOf, pollDelayMillis, reprocess,
                    service, stopSeconds, web, management, cluster, Map.of());
        }

        /** With Camel's own settings ({@code camel.*}), applied over those of the packaged application.properties. */
        public Settings withCamelProperties(Map<String, String> camel) {
            return new Settings(adapters, routesDir, workDir, stagingDatabase, pseudonymKey, asOf, pollDelayMillis,
                    reprocess, service, stopSeconds, web, management, cluster, Map.copyOf(camel));
        }

        public Settings(List<CompiledAdapter> adapters, Path routesDir, Path workDir, DataSource stagingDatabase,
                        byte[] pseudonymKey, Supplier<LocalDate> asOf, long pollDelayMillis, boolean reprocess,
                        boolean service, int stopSeconds, Web web, Management management) {
            this(adapters, routesDir, workDir, stagingDatabase, pseudonymKey, asOf, pollDelayMillis, reprocess,
                    service, stopSeconds, web, management, false);
        }

        public Settings(List<CompiledAdapter> adapters, Path routesDir, Path workDir, DataSource stagingDatabase,
                        byte[] pseudonymKey, Supplier<LocalDate> asOf, long pollDelayMillis, boolean reprocess,
                        boolean service, int stopSeconds, Web web) {
            this(adapters, routesDir, workDir, stagingDatabase, pseudonymKey, asOf, pollDelayMillis, reprocess,
                    service, stopSeconds, web, null);
        }

        public Settings(List<CompiledAdapter> adapters, Path routesDir, Path workDir, DataSource stagingDatabase,
                        byte[] pseudonymKey, Supplier<LocalDate> asOf, long pollDelayMillis, boolean reprocess,
                        boolean service, int stopSeconds) {
            this(adapters, routesDir, workDir, stagingDatabase, pseudonymKey, asOf, pollDelayMillis, reprocess,
                    service, stopSeconds, null);
        }

        public Settings(List<CompiledAdapter> adapters, Path routesDir, Path workDir, DataSource stagingDatabase,
                        byte[] pseudonymKey, Supplier<LocalDate> asOf, long pollDelayMillis, boolean reprocess) {
            this(adapters, routesDir, workDir, stagingDatabase, pseudonymKey, asOf, pollDelayMillis, reprocess, false,
                    10);
        }

        public Settings(List<CompiledAdapter> adapters, Path routesDir, Path workDir, DataSource stagingDatabase,
                        byte[] pseudonymKey, Supplier<LocalDate> asOf, long pollDelayMillis) {
            this(adapters, routesDir, workDir, stagingDatabase, pseudonymKey, asOf, pollDelayMillis, false);
        }
    }

    /**
     * The review pages' address and how long a login lasts.
     *
     * @param host the address to bind (127.0.0.1 by default: reachable from this machine only)
     * @param port the port (0: any free one)
     */
    public record Web(String host, int port, java.time.Duration idleLogin, java.time.Duration longestLogin) {

        public static Web local(int port) {
            return new Web("127.0.0.1", port, java.time.Duration.ofMinutes(30), java.time.Duration.ofHours(8));
        }

        public String address() {
            return "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port + "/";
        }
    }

    /**
     * The management address: health checks ({@code /observe/health}) and metrics in Prometheus's format
     * ({@code /observe/metrics}), for the county's monitoring. Bind it where only monitoring can reach it.
     */
    public record Management(String host, int port) {
    }

    private static final String STOPPED_BEFORE_THE_END = "the process stopped before the run ended (it was killed, "
            + "or the machine stopped); its export is read again from the start";

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Pipeline.class);

    private final Main main;
    private final CountyRuns runs;
    private final List<HikariDataSource> countyDatabases;
    private final int stopSeconds;
    private final org.recordrelief.review.Review review;
    private CountyLeadership leadership;

    private Pipeline(Main main, CountyRuns runs, List<HikariDataSource> countyDatabases, int stopSeconds,
                     org.recordrelief.review.Review review) {
        this.review = review;
        this.stopSeconds = stopSeconds;
        this.main = main;
        this.runs = runs;
        this.countyDatabases = countyDatabases;
    }

    public static Pipeline start(Settings s, Consumer<RunOutcome> listener) {
        PipelineEvents events = listener::accept;
        return start(s, events);
    }

    public static Pipeline start(Settings s, PipelineEvents given) {
        Main main = new Main();
        s.camelProperties().forEach(main::addOverrideProperty);
        PipelineEvents events = given;
        if (s.management() != null) {
            events = management(main, s, given);
        }
        CountyRuns runs = new CountyRuns(s.adapters(), s.stagingDatabase(), s.workDir(),
                new Pseudonymizer(s.pseudonymKey()), s.asOf(), s.reprocess(), events::ended, events::idle,
                events::unavailable);
        if (s.cluster()) {
            runs.shareCountiesWithTheCluster();
        }
        runs.endUnfinishedRuns(STOPPED_BEFORE_THE_END);
        main.bind("countyRuns", runs);
        main.bind("databaseRetries", new DatabaseRetries());
        for (CompiledAdapter adapter : s.adapters()) {
            if (adapter.sftpSource() != null) {
                main.bind(SourcePolls.beanName(adapter.id()), new SourcePolls(adapter.id(), adapter.sftpSource(), runs));
            }
        }
        main.bind("inboxEntries", new InboxEntries());
        java.util.concurrent.atomic.AtomicReference<org.apache.camel.ProducerTemplate> producer =
                new java.util.concurrent.atomic.AtomicReference<>();
        org.recordrelief.review.Review review = new org.recordrelief.review.Review(s.stagingDatabase(), s.adapters(),
                s.workDir(), batch -> deliverApproved(producer.get(), batch));
        main.bind("review", review);
        String routes = routes(s.routesDir(), s.web() != null, s.service());
        if (s.web() != null) {
            main.bind("reviewWeb", new org.recordrelief.web.ReviewWeb(review, new org.recordrelief.review.Reviewers(
                    s.stagingDatabase()), new org.recordrelief.web.Sessions(s.web().idleLogin(), s.web().longestLogin(),
                    java.time.Clock.systemUTC())));
            main.bind("reviewResponseHeaders", new org.recordrelief.web.ResponseHeaders());
            main.configure().httpServer().withEnabled(true).withHost(s.web().host()).withPort(s.web().port())
                    .withMaxBodySize(1_000_000L);
        }
        List<HikariDataSource> countyDatabases = new ArrayList<>();
        java.util.Map<String, DataSource> byCounty = new java.util.HashMap<>();
        for (CompiledAdapter adapter : s.adapters()) {
            if (!adapter.isFileSource()) {
                DatabaseSettings db = adapter.database();
                HikariDataSource pool = Database.readOnlyDataSource(db.url(), db.user(), db.password());
                countyDatabases.add(pool);
                byCounty.put(adapter.id(), pool);
                main.bind(CountyRoutes.dataSourceName(adapter), pool);
                if (s.management() != null) {
                    main.bind("health-database-" + adapter.id(), new org.recordrelief.monitoring.DatabaseReachable(
                            "county-" + adapter.id() + "-database", "the county database of " + adapter.id(), pool));
                }
            }
        }
        main.bind("countyReads", new CountyReads(s.adapters().stream().collect(java.util.stream.Collectors.toMap(
                CompiledAdapter::id, a -> a)), byCounty, new org.recordrelief.store.Watermarks(s.stagingDatabase())));
        main.configure().withRoutesIncludePattern(routes);
        CountyLeadership leadership = s.cluster() ? new CountyLeadership(s.stagingDatabase(), 2000) : null;
        if (leadership != null) {
            main.bind("countyLeadership", leadership);   // Camel adds route policy factories it finds bound
        }
        main.configure().addRoutesBuilder(new CountyRoutes(s.adapters(), s.workDir(), s.pollDelayMillis(), s.service()));
        main.configure().withLogMask(true);
        main.configure().withShutdownTimeout(s.stopSeconds());
        // Past the timeout a run is abandoned by CountyRuns, not interrupted by Camel: an interrupted run would
        // fail, and its export would be moved to failed/ instead of staying in the inbox for the next start.
        main.configure().withShutdownNowOnTimeout(false);
        main.configure().withShutdownLogInflightExchangesOnTimeout(false);
        // Exports are read as streams by our own readers; Camel must not cache (and rewind) them.
        main.configure().withStreamCachingEnabled(false);
        try {
            main.start();
        } catch (Exception e) {
            countyDatabases.forEach(HikariDataSource::close);
            throw new IllegalStateException("the Camel routes did not start: " + e.getMessage(), e);
        }
        producer.set(main.getCamelContext().createProducerTemplate());
        LOG.info("Apache Camel {} started as '{}' with {} routes", main.getCamelContext().getVersion(),
                main.getCamelContext().getName(), main.getCamelContext().getRoutesSize());
        review.resumeApprovedDeliveries();
        Pipeline pipeline = new Pipeline(main, runs, countyDatabases, s.stopSeconds(), review);
        if (leadership != null) {
            leadership.start(main.getCamelContext());
            pipeline.leadership = leadership;
        }
        return pipeline;
    }

    /**
     * Health checks (Camel's routes and consumers, the staging database, each county's inbox or database) and
     * metrics (Camel's, and the runs': {@link org.recordrelief.monitoring.RunMetrics}) on the management
     * address. Returns the events, counted as well.
     */
    private static PipelineEvents management(Main main, Settings s, PipelineEvents events) {
        var registry = new io.micrometer.prometheusmetrics.PrometheusMeterRegistry(
                io.micrometer.prometheusmetrics.PrometheusConfig.DEFAULT);
        main.bind("prometheusMeterRegistry", registry);
        main.configure().metrics().withEnabled(true);
        main.configure().health().withEnabled(true).withRegistryEnabled(true).withExposureLevel("full");
        main.configure().httpManagementServer().withEnabled(true).withHost(s.management().host())
                .withPort(s.management().port()).withHealthCheckEnabled(true).withMetricsEnabled(true);
        main.bind("health-staging-database", new org.recordrelief.monitoring.DatabaseReachable("staging-database",
                "the staging database", s.stagingDatabase()));
        for (CompiledAdapter adapter : s.adapters()) {
            if (adapter.isFileSource() && adapter.sftpSource() == null) {
                main.bind("health-inbox-" + adapter.id(), new org.recordrelief.monitoring.InboxReady(adapter.id(),
                        WorkFolders.of(s.workDir(), adapter.id()).create().inbox()));
            }
        }
        org.recordrelief.monitoring.RunMetrics metrics = new org.recordrelief.monitoring.RunMetrics(registry);
        return new PipelineEvents() {
            @Override
            public void ended(RunOutcome outcome) {
                metrics.ended(outcome);
                events.ended(outcome);
            }

            @Override
            public void idle(String adapterId) {
                events.idle(adapterId);
            }

            @Override
            public void unavailable(String adapterId, String reason) {
                events.unavailable(adapterId, reason);
            }
        };
    }

    /** The route files packaged in the application (routes/ of the repository), the review pages' apart. */
    private static final List<String> PACKAGED_ROUTES = List.of("county-run.camel.yaml", "county-sources.camel.yaml",
            "error-handling.camel.yaml");
    private static final String PACKAGED_WEB_ROUTES = "web/review.camel.yaml";
    private static final String PACKAGED_SERVICE_ROUTES = "service/approved-deliveries.camel.yaml";

    /**
     * Where the routes come from: those packaged in the application, named one by one (a classpath wildcard
     * may find a file twice, through two class loaders, or reach into web/), or every route file of a folder
     * named to run routes edited in place. The review pages' routes only when the pages are served; the
     * service's own (approved runs delivered as they come) only in service mode.
     */
    static String routes(Path folder, boolean web, boolean service) {
        if (folder == null) {
            List<String> files = new ArrayList<>(PACKAGED_ROUTES);
            if (web) {
                files.add(PACKAGED_WEB_ROUTES);
            }
            if (service) {
                files.add(PACKAGED_SERVICE_ROUTES);
            }
            return String.join(",", files.stream().map(f -> "classpath:routes/" + f).toList());
        }
        String location = "file:" + folder.toAbsolutePath();
        return location + "/*.camel.yaml" + (web ? "," + location + "/web/*.camel.yaml" : "")
                + (service ? "," + location + "/service/*.camel.yaml" : "");
    }

    /** Sends an approved batch through its county's delivery route and waits for it; a failure is thrown. */
    private static void deliverApproved(org.apache.camel.ProducerTemplate producer, ApprovedBatch batch) {
        org.apache.camel.Exchange done = producer.send("direct:deliver-" + batch.adapter().id(), exchange -> {
            exchange.setProperty("run", batch);
            // not a failed run of the county's source: the reviewer is told, and the run stays APPROVED
            exchange.setProperty("recordReliefFailureRecorded", true);
        });
        if (done.getException() != null) {
            throw new IllegalStateException("the approved results of run " + batch.runId() + " could not be "
                    + "delivered: " + FailureReasons.reasonFor(done.getException()) + "; they are delivered again at "
                    + "the next start", done.getException());
        }
    }

    /** The running Camel context: for tests that wait on its exchanges (NotifyBuilder). */
    public org.apache.camel.CamelContext camelContext() {
        return main.getCamelContext();
    }

    /** What reviewers do: for the review pages and for tests. */
    public org.recordrelief.review.Review review() {
        return review;
    }

    /**
     * Stops the routes; a run still going is interrupted (its results removed, its export left in the inbox
     * for the next start).
     */
    @Override
    public void close() {
        // Just before Camel gives up waiting, a run still going is abandoned: if Camel stopped the routes
        // under it first, the run would fail, and its export would be moved to failed/.
        java.util.concurrent.ScheduledExecutorService timer = java.util.concurrent.Executors
                .newSingleThreadScheduledExecutor();
        timer.schedule(runs::abandonRunsInProgress, Math.max(0, 1000L * stopSeconds - 250),
                java.util.concurrent.TimeUnit.MILLISECONDS);
        if (leadership != null) {
            leadership.close();
        }
        try {
            main.stop();
            runs.abandonRunsInProgress();
            runs.endUnfinishedRuns("the routes stopped before the run ended (the command stopped waiting, or "
                    + "the service was stopped); its export is read again from the start");
        } catch (Exception e) {
            throw new IllegalStateException("stopping Camel failed", e);
        } finally {
            timer.shutdownNow();
            countyDatabases.forEach(HikariDataSource::close);
        }
    }
}
