package org.recordrelief.routes;

import java.nio.file.Path;
import java.util.List;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.model.TemplatedRouteDefinition;
import org.recordrelief.adapter.CompiledAdapter;
import org.recordrelief.adapter.SftpSettings;

/**
 * Instantiates the route templates of {@code routes/county-sources.camel.yaml} once per county adapter,
 * with that county's folders, file pattern or query. A county is a folder of YAML, never a Java class.
 */
final class CountyRoutes extends RouteBuilder {

    private final List<CompiledAdapter> adapters;
    private final Path workDir;
    private final long pollDelayMillis;
    private final boolean service;
    private final String ciphers;

    /**
     * The SSH library's own ciphers, as this JVM started with them. Camel's {@code ciphers} option sets JSch's
     * cipher list for the whole JVM (JSch.setConfig), not for one connection: a county naming an old cipher
     * would otherwise leave every other county's server with that cipher alone.
     */
    private static final String JSCH_CIPHERS = com.jcraft.jsch.JSch.getConfig("cipher.c2s");

    /** @param service on each county's schedule, for as long as the service runs; else every county once */
    CountyRoutes(List<CompiledAdapter> adapters, Path workDir, long pollDelayMillis, boolean service) {
        this.adapters = adapters;
        this.workDir = workDir;
        this.pollDelayMillis = pollDelayMillis;
        this.service = service;
        this.ciphers = ciphers(adapters);
    }

    /**
     * The ciphers every SFTP connection offers when a county names some: the library's own, then each
     * county's, so that whichever connection sets the JVM-wide list, every server still finds its cipher. A
     * server takes the first it supports, so a current server keeps a current cipher; null when no county
     * names one (the library's own stand).
     */
    static String ciphers(List<CompiledAdapter> adapters) {
        java.util.Set<String> all = new java.util.LinkedHashSet<>(List.of(JSCH_CIPHERS.split(",")));
        boolean named = false;
        for (CompiledAdapter adapter : adapters) {
            for (SftpSettings sftp : java.util.Arrays.asList(adapter.sftpSource(), adapter.sftpOutput())) {
                if (sftp != null && sftp.ciphers() != null) {
                    named = true;
                    for (String cipher : sftp.ciphers().split(",")) {
                        if (!cipher.isBlank()) {
                            all.add(cipher.trim());
                        }
                    }
                }
            }
        }
        return named ? String.join(",", all) : null;
    }

    static String dataSourceName(CompiledAdapter adapter) {
        return "county-db-" + adapter.id();
    }

    @Override
    public void configure() {
        for (CompiledAdapter adapter : adapters) {
            WorkFolders folders = WorkFolders.of(workDir, adapter.id()).create();
            if (adapter.isFileSource() && adapter.sftpSource() != null) {
                SftpSettings sftp = adapter.sftpSource();
                fileRules(login(templatedRoute("county-sftp").routeId("source-" + adapter.id()), adapter, sftp), adapter)
                        .parameter("downloads", folders.tmp().resolve("downloads").toString())
                        .parameter("doneFolder", sftp.doneFolder())
                        .parameter("failedFolder", sftp.failedFolder());
            } else if (adapter.isFileSource()) {
                fileRules(templatedRoute("county-file-drop").routeId("source-" + adapter.id())
                        .parameter("adapterId", adapter.id())
                        .parameter("inbox", folders.inbox().toString())
                        .parameter("archive", folders.archive().toString())
                        .parameter("failed", folders.failed().toString()), adapter);
            } else if (!service || adapter.schedule() != null) {
                schedule(templatedRoute("county-database").routeId("source-" + adapter.id())
                        .parameter("adapterId", adapter.id())
                        .parameter("dataSource", dataSourceName(adapter))
                        .parameter("query", adapter.query())
                        .parameter("repeatCount", service ? "0" : "1")
                        .parameter("incremental", String.valueOf(adapter.descriptor().source().incremental() != null)),
                        adapter);
            } else {
                log.warn("{}: no schedule.cron in its descriptor, so serve never reads its database (run reads it "
                        + "once); add one, e.g. schedule: {cron: \"0 30 2 * * ?\"}", adapter.id());
            }
            if (adapter.sftpOutput() != null) {
                login(templatedRoute("county-sftp-delivery").routeId("deliver-" + adapter.id()), adapter,
                        adapter.sftpOutput());
            } else {
                templatedRoute("county-delivery").routeId("deliver-" + adapter.id())
                        .parameter("adapterId", adapter.id())
                        .parameter("outbox", folders.outbox().toString());
            }
        }
    }

    /** Which files, when complete, and how often: the same rule for a drop folder and an SFTP folder. */
    private TemplatedRouteDefinition fileRules(TemplatedRouteDefinition route, CompiledAdapter adapter) {
        route.parameter("include", adapter.include())
                .parameter("pollDelay", String.valueOf(pollDelayMillis))
                .parameter("minAge", String.valueOf(adapter.minAgeMillis()))
                .parameter("readLockTimeout", String.valueOf(adapter.minAgeMillis() + 5000));
        if (adapter.doneFileName() != null) {
            route.parameter("doneFileName", adapter.doneFileName());
        }
        return schedule(route, adapter);
    }

    /** In service mode, a county with a schedule is read on it (Quartz); without, a folder is polled as usual. */
    private TemplatedRouteDefinition schedule(TemplatedRouteDefinition route, CompiledAdapter adapter) {
        if (service && adapter.schedule() != null) {
            route.parameter("scheduler", "quartz").parameter("cron", adapter.schedule().cron());
            optional(route, "timeZone", adapter.schedule().timeZone());
        }
        return route;
    }

    /** The server, the folder and the login of an SFTP route; secrets are read here, never written anywhere. */
    private TemplatedRouteDefinition login(TemplatedRouteDefinition route, CompiledAdapter adapter,
                                               SftpSettings sftp) {
        route.parameter("adapterId", adapter.id())
                .parameter("host", sftp.host())
                .parameter("port", String.valueOf(sftp.port()))
                .parameter("user", sftp.user())
                .parameter("folder", sftp.folder())
                .parameter("privateKeyFile", sftp.privateKeyFile().toAbsolutePath().toString())
                .parameter("knownHostsFile", sftp.knownHostsFile().toAbsolutePath().toString());
        // as it is: the YAML DSL puts a secret option (privateKeyPassphrase) in RAW() itself, and a second
        // RAW() made the passphrase JSch was given "RAW(...)", so no key with a passphrase could log in
        optional(route, "passphrase", sftp.passphrase().isEmpty() ? null : sftp.passphrase());
        optional(route, "serverHostKeys", sftp.serverHostKeys());
        optional(route, "publicKeyAlgorithms", sftp.publicKeyAlgorithms());
        optional(route, "ciphers", ciphers);
        return route;
    }

    private static void optional(TemplatedRouteDefinition route, String name, String value) {
        if (value != null) {
            route.parameter(name, value);
        }
    }
}
