package org.recordrelief.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.recordrelief.adapter.DatabaseSettings;

/** Runs a sample SQL script against a county database, one statement per ';' at a line end. */
public final class SampleScripts {

    private SampleScripts() {
    }

    public static void run(Path script, DatabaseSettings db) {
        try (Connection con = DriverManager.getConnection(db.url(), db.user(), db.password());
             Statement st = con.createStatement()) {
            for (String sql : Files.readString(script).split(";\\s*\\n")) {
                if (!sql.isBlank()) {
                    st.execute(sql.strip().replaceAll(";$", ""));
                }
            }
        } catch (IOException | SQLException e) {
            throw new IllegalStateException("cannot load the sample " + script + " into " + db.url() + ": "
                    + e.getMessage(), e);
        }
    }
}
