package org.recordrelief.store;

/** A technical failure of the staging database; the run fails and can be retried. */
public class StoreException extends RuntimeException {

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
