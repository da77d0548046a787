package org.recordrelief.adapter;

/**
 * A county database, read or written with a read-only (source) or insert-only (output) account.
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
