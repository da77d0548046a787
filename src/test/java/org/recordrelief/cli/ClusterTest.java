package org.recordrelief.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recordrelief.adapter.DescriptorLoader;
import org.recordrelief.routes.TestFiles;
import org.recordrelief.testing.ChildJvm;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two instances of {@code serve --cluster} on one PostgreSQL staging database, both configured with the
 * Los Angeles database county on a two-second schedule: the county runs on one instance only; when that
 * instance is killed outright, the other takes the county over.
 */
class ClusterTest {

    @TempDir
    Path tmp;

    @Test
    void eachCountyRunsOnOneInstanceAndAKilledInstancesCountiesAreTakenOver() throws Exception {
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start()) {
            JdbcTemplate server = new JdbcTemplate(pg.getPostgresDatabase());
            server.execute("CREATE DATABASE la_cms");
            server.execute("CREATE DATABASE staging");
            // every instance gives a person the same pseudonym: one installation key for all (docs/scaling.md)
            Map<String, String> env = Map.of("LA_CMS_URL", pg.getJdbcUrl("postgres", "la_cms"), "LA_CMS_USER",
                    "postgres", "RECORD_RELIEF_PSEUDONYM_KEY", "00112233445566778899aabbccddeeff".repeat(2));
            Path adapters = TestFiles.adapters(tmp, "los-angeles");
            Path descriptor = adapters.resolve("los-angeles/adapter.yaml");
            Files.writeString(descriptor, Files.readString(descriptor) + "\nschedule:\n  cron: \"0/2 * * * * ?\"\n");
            Map<String, String> loading = new HashMap<>(env);
            loading.put("WORK", tmp.toString());
            SampleScripts.run(Path.of("county-adapters/los-angeles/sample/la-cms.sql"),
                    new DescriptorLoader(loading).load(adapters.resolve("los-angeles")).database());
            String staging = pg.getJdbcUrl("postgres", "staging");

            ChildJvm first = serve(adapters, env, staging, "first");
            first.awaitLine("los-angeles: this instance runs the county now");
            first.awaitLine("los-angeles: run 1 completed");
            ChildJvm second = serve(adapters, env, staging, "second");
            second.awaitLine("serving 1 counties");
            first.awaitLine("completed");
            first.awaitLine("completed");
            assertThat(readsBy(pg)).as("while the first instance runs, the second never reads the county")
                    .allMatch(folder -> folder.endsWith("first"));

            first.kill();
            second.awaitLine("los-angeles: this instance runs the county now");
            second.awaitLine("completed");
            second.awaitLine("completed");
            List<String> reads = readsBy(pg);
            assertThat(reads).anyMatch(f -> f.endsWith("first")).anyMatch(f -> f.endsWith("second"));
            int firstOfSecond = reads.indexOf(reads.stream().filter(f -> f.endsWith("second")).findFirst().orElseThrow());
            assertThat(reads.subList(firstOfSecond, reads.size())).as("after the take-over, only the second reads")
                    .allMatch(f -> f.endsWith("second"));
            second.stop();
        }
    }

    private ChildJvm serve(Path adapters, Map<String, String> env, String staging, String name) throws Exception {
        List<String> args = new ArrayList<>(List.of("serve", "--cluster", "--no-web", "--work",
                tmp.resolve(name).toString(), "--adapters", adapters.toString(), "--db-url", staging, "--db-user",
                "postgres"));
        return ChildJvm.start(env, List.of(), RecordReliefCommand.class, args.toArray(String[]::new));
    }

    /** The work folder of each completed read of the county, in the order the reads started. */
    private static List<String> readsBy(EmbeddedPostgres pg) {
        return new JdbcTemplate(pg.getDatabase("postgres", "staging")).queryForList("SELECT work_folder FROM rr_run "
                + "WHERE adapter_id = 'los-angeles' AND status = 'COMPLETED' ORDER BY run_id", String.class);
    }
}
