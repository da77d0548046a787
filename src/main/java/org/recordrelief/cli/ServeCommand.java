package org.recordrelief.cli;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.recordrelief.adapter.CompiledAdapter;
import org.recordrelief.routes.Pipeline;
import org.recordrelief.routes.PipelineEvents;
import org.recordrelief.routes.RunOutcome;
import org.recordrelief.routes.WorkFolderLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The long-lived mode: the routes run until the process is stopped, each county read on the schedule in
 * its descriptor. Stopping (SIGTERM from systemd, Ctrl-C) lets a run in progress finish for up to
 * {@code --stop-timeout-seconds}, then interrupts it cleanly (its export is read again at the next start).
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Run as a service until stopped: each county is read on its schedule (schedule.cron in its "
                + "descriptor); a folder without one is polled every --poll-seconds.")
final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    private static final Logger LOG = LoggerFactory.getLogger(ServeCommand.class);

    @Mixin
    CountyFolderOptions folders;

    @Option(names = "--routes", description = "Folder of the Camel routes, to run routes edited in place (default: "
            + "the routes packaged with the application).")
    Path routes;

    @Mixin
    StagingDatabaseOptions database;

    @Option(names = "--poll-seconds", defaultValue = "30", description = "How often a folder without a schedule is "
            + "polled (default: ${DEFAULT-VALUE}).")
    int pollSeconds;

    @Option(names = "--stop-timeout-seconds", defaultValue = "60", description = "When stopped, how long a run in "
            + "progress may take to finish before it is interrupted (default: ${DEFAULT-VALUE}).")
    int stopTimeoutSeconds;

    @Option(names = "--web-host", defaultValue = "127.0.0.1", description = "Address the review pages are served on "
            + "(default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for every address, behind an HTTPS proxy).")
    String webHost;

    @Option(names = "--web-port", defaultValue = "8642", description = "Port of the review pages (default: "
            + "${DEFAULT-VALUE}).")
    int webPort;

    @Option(names = "--no-web", description = "Serve no review pages.")
    boolean noWeb;

    @Option(names = "--management-port", description = "Serve health checks (/observe/health) and metrics "
            + "(/observe/metrics, Prometheus) on this port (default: none).")
    Integer managementPort;

    @Option(names = "--cluster", description = "Share the counties with the other instances on this PostgreSQL "
            + "staging database: each county runs on one instance at a time, and the counties of an instance that "
            + "stops are taken over (docs/scaling.md).")
    boolean cluster;

    @Option(names = "--management-host", defaultValue = "127.0.0.1", description = "Address of the health checks "
            + "and metrics (default: ${DEFAULT-VALUE}).")
    String managementHost;

    @Mixin
    PseudonymKeyOption pseudonymKey;

    @Parameters(arity = "0..*", paramLabel = "COUNTY", description = "County folders to serve (default: every county).")
    List<String> only = new ArrayList<>();

    @Override
    public Integer call() throws InterruptedException {
        List<CompiledAdapter> counties = folders.load(only);
        Path work = folders.work;
        if (cluster && (database.dbUrl == null || !database.dbUrl.startsWith("jdbc:postgresql:"))) {
            throw new IllegalArgumentException("--cluster shares the counties through a PostgreSQL staging database: "
                    + "give one with --db-url jdbc:postgresql://...");
        }
        WorkFolderLock lock = WorkFolderLock.take(work);
        HikariDataSource staging = database.open(work);
        byte[] key;
        try {
            key = pseudonymKey.load(work, folders.environment(), staging, spec.commandLine().getErr());
        } catch (RuntimeException e) {
            staging.close();
            lock.close();
            throw e;
        }
        Pipeline pipeline = Pipeline.start(new Pipeline.Settings(counties, routes, work, staging, key, LocalDate::now, 1000L * pollSeconds, false, true, stopTimeoutSeconds,
                noWeb ? null : new Pipeline.Web(webHost, webPort, Duration.ofMinutes(30), Duration.ofHours(8)),
                managementPort == null ? null : new Pipeline.Management(managementHost, managementPort), cluster)
                .withCamelProperties(ConfiguredDefaults.camelProperties(spec)), new Events());
        for (CompiledAdapter c : counties) {
            LOG.info("{}: {}", c.id(), c.schedule() != null ? "read on schedule '" + c.schedule().cron() + "'"
                    + (c.schedule().timeZone() != null ? " (" + c.schedule().timeZone() + ")" : "")
                    : c.isFileSource() ? "polled every " + pollSeconds + " s" : "not read (no schedule)");
        }
        LOG.info("serving {} counties from {}; stop with SIGTERM or Ctrl-C", counties.size(), work.toAbsolutePath());
        if (managementPort != null) {
            LOG.info("health: http://{}:{}/observe/health, metrics: http://{}:{}/observe/metrics", managementHost,
                    managementPort, managementHost, managementPort);
        }
        if (!noWeb) {
            LOG.info("review pages: http://{}:{}/ (reviewers are added with: record-relief admin add-reviewer)", webHost,
                    webPort);
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            LOG.info("stopping: a run in progress may take up to {} s to finish", stopTimeoutSeconds);
            try {
                pipeline.close();
            } finally {
                staging.close();
                lock.close();
                LOG.info("stopped");
                stopped.countDown();
            }
        }, "record-relief-stop"));
        stopped.await();
        return 0;
    }

    /** Each run is already logged by the routes; a service has no one to print a summary to. */
    private static final class Events implements PipelineEvents {
        @Override
        public void ended(RunOutcome outcome) {
            LOG.debug("{}: run {} ended {}", outcome.adapterId(), outcome.runId(), outcome.status());
        }
    }
}
