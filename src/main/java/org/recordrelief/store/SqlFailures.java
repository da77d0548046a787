package org.recordrelief.store;

import java.sql.SQLException;
import java.util.Locale;

/**
 * A database failure in plain words, by its SQLState. A driver's own message can hold the values it choked
 * on (names, ids, case numbers), the SQL or the connection URL, so it is never shown.
 */
public final class SqlFailures {

    private SqlFailures() {
    }

    /** What kind of failure the SQLState says, in words; the driver's message is left out. */
    public static String describe(SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String kind = switch (state.length() >= 2 ? state.substring(0, 2).toUpperCase(Locale.ROOT) : "") {
            case "08" -> "cannot connect to the database (is it running, and is the URL right?)";
            case "28" -> "the database refused the user name or password";
            case "42" -> "the statement names a table or column the database does not have, or is not valid SQL, "
                    + "or the account may not use it";
            case "22" -> "a value does not fit its column (too long, or the wrong type)";
            case "23" -> "a row breaks a rule of its table (a duplicate key, or a missing value)";
            case "40" -> "the database rolled the transaction back (a deadlock or a conflicting update)";
            case "53", "54", "57", "58" -> "the database ran out of a resource or was shut down";
            default -> "the database reported an error";
        };
        return kind + " (SQLState " + (state.isEmpty() ? "none" : state) + ", " + e.getClass().getSimpleName() + ")";
    }
}
