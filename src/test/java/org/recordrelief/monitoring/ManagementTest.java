package org.recordrelief.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.camel.test.AvailablePortFinder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recordrelief.routes.Pipeline;
import org.recordrelief.routes.PipelineHarness;
import org.recordrelief.routes.TestFiles;
import org.recordrelief.store.Database;

/** Health checks and metrics answer on the management address, and say what a county IT lead needs. */
class ManagementTest {

    @Test
    void healthAndRunMetricsAnswerOnTheManagementAddress(@TempDir Path tmp) throws Exception {
        int port = AvailablePortFinder.getNextAvailable();
        Path work = tmp.resolve("work");
        try (PipelineHarness h = new PipelineHarness(TestFiles.adapters(tmp, "san-francisco"), work,
                Database.dataSource(Database.inMemoryUrl("management"), "sa", ""), Map.of("WORK", work.toString()),
                null, new Pipeline.Management("127.0.0.1", port))) {
            h.drop("san-francisco", Path.of("county-adapters/san-francisco/sample/sf-cms-export.csv"));
            h.awaitOne();

            HttpResponse<String> health = get(port, "/observe/health");
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).startsWith("{\"status\":\"UP\"").contains("staging-database")
                    .contains("county-san-francisco-inbox");

            String metrics = get(port, "/observe/metrics").body();
            assertThat(metrics).contains("recordrelief_rows_read_total{county=\"san-francisco\"} 119.0")
                    .contains("recordrelief_rows_quarantined_total{county=\"san-francisco\"} 2.0")
                    .contains("recordrelief_determinations_total{county=\"san-francisco\",outcome=\"REDUCE\"} 14.0")
                    .contains("recordrelief_run_duration_seconds_count{county=\"san-francisco\",status=\"completed\"} 1");

            Files.delete(h.folders("san-francisco").inbox());
            HttpResponse<String> down = get(port, "/observe/health");
            assertThat(down.statusCode()).as("a county whose inbox is gone is down").isEqualTo(503);
            assertThat(down.body()).contains("{\"name\":\"county-san-francisco-inbox\",\"status\":\"DOWN\","
                    + "\"message\":\"the inbox ").contains("inbox is missing");
        }
    }

    private static HttpResponse<String> get(int port, String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .build(), HttpResponse.BodyHandlers.ofString());
    }
}
