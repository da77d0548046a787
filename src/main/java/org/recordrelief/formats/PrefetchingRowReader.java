package org.recordrelief.formats;

import java.util.NoSuchElementException;

/** The iterator half of a row reader: reads one row ahead so {@code hasNext} can answer. */
abstract class PrefetchingRowReader implements RowReader {

    private SourceRow next;

    /** The next row, or null at the end of the source. */
    protected abstract SourceRow readRow();

    @Override
    public final boolean hasNext() {
        if (next == null) {
            next = readRow();
        }
        return next != null;
    }

    @Override
    public final SourceRow next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        SourceRow row = next;
        next = null;
        return row;
    }
}
