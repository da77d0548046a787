package org.recordrelief.store;

/**
 * A technical failure of the staging database, or a row it cannot hold (a line beyond {@link RunLines}'s keys);
 * the run fails, and a technical failure can be retried.
 */
public class StoreException extends RuntimeException {

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
