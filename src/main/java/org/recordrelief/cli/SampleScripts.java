package org.recordrelief.cli;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import org.recordrelief.adapter.DatabaseSettings;
import org.recordrelief.store.Database;
import org.springframework.core.io.FileSystemResource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

/** Runs a sample SQL script against a county database (Spring's script runner splits its statements). */
public final class SampleScripts {

    private SampleScripts() {
    }

    public static void run(Path script, DatabaseSettings db) {
        try (HikariDataSource county = Database.dataSource(db.url(), db.user(), db.password())) {
            new ResourceDatabasePopulator(new FileSystemResource(script)).execute(county);
        } catch (RuntimeException e) {
            throw new IllegalStateException("cannot load the sample " + script + " into "
                    + Database.withoutSecrets(db.url()) + ": " + e.getMessage(), e);
        }
    }
}
