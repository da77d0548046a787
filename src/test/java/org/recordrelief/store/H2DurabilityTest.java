package org.recordrelief.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recordrelief.testing.ChildJvm;
import org.recordrelief.testing.CommitThenHalt;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A commit on the embedded staging database is on disk when the commit returns. H2 by default writes
 * commits out up to half a second later, so a process killed just after a run completed lost the ledger
 * row and watermark while the results had already gone to the county (found by a CI run of
 * {@code CrashAndRestartTest}).
 */
class H2DurabilityTest {

    @Test
    void aCommitSurvivesTheProcessBeingKilledRightAfterIt(@TempDir Path work) throws Exception {
        String url = Database.defaultUrl(work);
        ChildJvm child = ChildJvm.start(CommitThenHalt.class, url);
        child.awaitLine("committed");
        assertThat(child.exitStatus()).isEqualTo(137);
        try (HikariDataSource db = Database.dataSource(url, "sa", "")) {
            assertThat(new JdbcTemplate(db).queryForObject("SELECT COUNT(*) FROM committed", Integer.class))
                    .isEqualTo(1);
        }
    }

    @Test
    void everyH2FileDatabaseWritesCommitsAtOnceAndKeepsNoTraceFile() {
        assertThat(Database.h2FileOptions("jdbc:h2:file:/w/county-db;MODE=PostgreSQL"))
                .isEqualTo("jdbc:h2:file:/w/county-db;MODE=PostgreSQL;WRITE_DELAY=0;TRACE_LEVEL_FILE=0");
        assertThat(Database.h2FileOptions("jdbc:h2:file:/w/db;write_delay=100;TRACE_LEVEL_FILE=1"))
                .as("what the URL says stays").isEqualTo("jdbc:h2:file:/w/db;write_delay=100;TRACE_LEVEL_FILE=1");
        assertThat(Database.h2FileOptions("jdbc:postgresql://db/x")).isEqualTo("jdbc:postgresql://db/x");
    }
}
