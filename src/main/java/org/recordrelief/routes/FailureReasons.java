package org.recordrelief.routes;

import java.io.IOException;
import java.sql.SQLException;
import org.recordrelief.formats.UnreadableSourceException;

/**
 * The one line a failed run is recorded and reported with. A driver's own message can hold the values it
 * choked on (names, ids, case numbers), the SQL, or the connection URL, so a database failure is told by
 * its SQLState class in plain words, never by the driver's text. Our own exceptions never hold values and
 * are told as they are.
 */
public final class FailureReasons {

    private FailureReasons() {
    }

    /**
     * A failure as a reviewer or an operator may read it: our own message when our code threw it (it is made
     * of reasons already in words), else {@link #reasonFor}.
     */
    public static String inWords(Throwable failure) {
        StackTraceElement[] where = failure.getStackTrace();
        boolean ours = where.length > 0 && where[0].getClassName().startsWith("org.recordrelief.");
        return ours && failure.getMessage() != null ? failure.getMessage() : reasonFor(failure);
    }

    public static String reasonFor(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof UnreadableSourceException) {
                return t.getMessage();
            }
        }
        SQLException sql = sqlCause(cause);
        if (sql != null) {
            return "database failure: " + database(sql);
        }
        Throwable root = cause;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return "technical failure: " + root.getClass().getSimpleName() + (isOurs(root) || root instanceof IOException
                ? ": " + root.getMessage() : " (details in the log at DEBUG)");
    }

    /** The first SQLException among the causes, or null. */
    public static SQLException sqlCause(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                return sql;
            }
        }
        return null;
    }

    private static boolean isOurs(Throwable t) {
        return t.getClass().getName().startsWith("org.recordrelief.");
    }

    /** What kind of failure the SQLState says, in words; the driver's message is left out. */
    public static String database(SQLException e) {
        return org.recordrelief.store.SqlFailures.describe(e);
    }
}
