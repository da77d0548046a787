package org.recordrelief.routes;

import java.nio.file.Path;
import java.util.List;
import org.apache.camel.builder.RouteBuilder;
import org.recordrelief.adapter.CompiledAdapter;

/**
 * Instantiates the route templates of {@code routes/county-sources.camel.yaml} once per county adapter,
 * with that county's folders, file pattern or query. A county is a folder of YAML, never a Java class.
 */
final class CountyRoutes extends RouteBuilder {

    private final List<CompiledAdapter> adapters;
    private final Path workDir;
    private final long pollDelayMillis;

    CountyRoutes(List<CompiledAdapter> adapters, Path workDir, long pollDelayMillis) {
        this.adapters = adapters;
        this.workDir = workDir;
        this.pollDelayMillis = pollDelayMillis;
    }

    static String dataSourceName(CompiledAdapter adapter) {
        return "county-db-" + adapter.id();
    }

    @Override
    public void configure() {
        for (CompiledAdapter adapter : adapters) {
            WorkFolders folders = WorkFolders.of(workDir, adapter.id()).create();
            if (adapter.isFileSource()) {
                var route = templatedRoute("county-file-drop").routeId("source-" + adapter.id())
                        .parameter("adapterId", adapter.id())
                        .parameter("inbox", folders.inbox().toString())
                        .parameter("archive", folders.archive().toString())
                        .parameter("failed", folders.failed().toString())
                        .parameter("outbox", folders.outbox().toString())
                        .parameter("include", adapter.include())
                        .parameter("pollDelay", String.valueOf(pollDelayMillis))
                        .parameter("minAge", String.valueOf(adapter.minAgeMillis()))
                        .parameter("readLockTimeout", String.valueOf(adapter.minAgeMillis() + 5000));
                if (adapter.doneFileName() != null) {
                    route.parameter("doneFileName", adapter.doneFileName());
                }
            } else {
                templatedRoute("county-database").routeId("source-" + adapter.id())
                        .parameter("adapterId", adapter.id())
                        .parameter("dataSource", dataSourceName(adapter))
                        .parameter("query", adapter.query());
            }
            templatedRoute("county-delivery").routeId("deliver-" + adapter.id())
                    .parameter("adapterId", adapter.id())
                    .parameter("outbox", folders.outbox().toString());
        }
    }
}
