package org.recordrelief.formats;

/**
 * A source that cannot be read at all: empty, a header that does not match the descriptor, a structure
 * the parser cannot follow. The file goes to the county's failed folder with this message as its reason.
 */
public class UnreadableSourceException extends RuntimeException {

    public UnreadableSourceException(String message) {
        super(message);
    }

    public UnreadableSourceException(String message, Throwable cause) {
        super(message, cause);
    }
}
