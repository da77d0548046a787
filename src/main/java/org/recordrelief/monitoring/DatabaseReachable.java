package org.recordrelief.monitoring;

import java.sql.Connection;
import java.util.Map;
import javax.sql.DataSource;
import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.impl.health.AbstractHealthCheck;
import org.recordrelief.store.SqlFailures;

/**
 * A database answers: the staging database, or a county's database (its read-only account). Reports the
 * failure in words (never the URL, which may hold a password).
 */
public final class DatabaseReachable extends AbstractHealthCheck {

    private static final int TIMEOUT_SECONDS = 5;

    private final DataSource dataSource;
    private final String what;

    /** @param id e.g. {@code staging-database} or {@code county-los-angeles-database} */
    public DatabaseReachable(String id, String what, DataSource dataSource) {
        super("record-relief", id);
        this.what = what;
        this.dataSource = dataSource;
    }

    @Override
    protected void doCall(HealthCheckResultBuilder builder, Map<String, Object> options) {
        builder.detail("what", what);
        try (Connection c = dataSource.getConnection()) {
            if (c.isValid(TIMEOUT_SECONDS)) {
                builder.up();
            } else {
                builder.message(what + " did not answer within " + TIMEOUT_SECONDS + " s").down();
            }
        } catch (java.sql.SQLException e) {
            builder.message(what + " cannot be reached: " + SqlFailures.describe(e)).down();
        }
    }
}
