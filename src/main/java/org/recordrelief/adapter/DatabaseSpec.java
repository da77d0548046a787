package org.recordrelief.adapter;

/**
 * A county database, read with a read-only account (source) or written with one that may only INSERT into and
 * DELETE from the results table (output): a re-run's row replaces the earlier row with its key (DELETE, then
 * INSERT, in one transaction; {@link org.recordrelief.pipeline.ResultsTable}).
 * Secrets never sit in a descriptor: the password comes from an environment variable or a file.
 *
 * @param url          JDBC URL; {@code ${NAME}} and {@code ${NAME:-default}} read environment variables
 * @param user         user name (same placeholders)
 * @param passwordEnv  name of the environment variable holding the password
 * @param passwordFile path of a file holding the password
 * @param query        for a source: the SELECT that returns one row per charge, ordered
 * @param table        for an output: the table determinations are inserted into
 */
public record DatabaseSpec(String url, String user, String passwordEnv, String passwordFile, String query,
                           String table) {
}
