package db.migration;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Makes the audit table append-only in the database itself: an UPDATE or DELETE of an audit row fails,
 * whoever sends it. H2 and PostgreSQL write triggers differently, hence Java rather than one SQL file.
 */
public class V13__audit_append_only extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        makeAuditAppendOnly(context.getConnection());
    }

    /** Also made by the baselines ({@code db.baseline.B15__schema_of_v15} and {@code B16__schema_of_v16}). */
    public static void makeAuditAppendOnly(Connection connection) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName();
        try (Statement sql = connection.createStatement()) {
            if (product.toLowerCase(java.util.Locale.ROOT).contains("postgres")) {
                sql.execute("CREATE FUNCTION rr_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                        + "RAISE EXCEPTION 'rr_audit is append-only: its rows cannot be changed or removed'; END $$");
                sql.execute("CREATE TRIGGER rr_audit_append_only BEFORE UPDATE OR DELETE ON rr_audit FOR EACH ROW "
                        + "EXECUTE FUNCTION rr_audit_append_only()");
            } else {
                sql.execute("CREATE TRIGGER rr_audit_append_only BEFORE UPDATE, DELETE ON rr_audit FOR EACH ROW "
                        + "CALL 'org.recordrelief.store.AppendOnlyTrigger'");
            }
        }
    }
}
