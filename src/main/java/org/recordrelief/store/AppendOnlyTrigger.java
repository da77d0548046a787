package org.recordrelief.store;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/** H2's trigger on the audit table (see db.migration.V13__audit_append_only): refuses every change. */
public final class AppendOnlyTrigger implements Trigger {

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException("rr_audit is append-only: its rows cannot be changed or removed", "42501");
    }
}
