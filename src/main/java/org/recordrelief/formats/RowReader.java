package org.recordrelief.formats;

import java.io.Closeable;
import java.util.Iterator;

/** Streams the rows of one source; only the current row is in memory. */
public interface RowReader extends Iterator<SourceRow>, Closeable {

    /** The columns every row of this source has. */
    Columns columns();

    /** Closing never throws: a reader is closed in finally blocks after a run has already failed. */
    @Override
    void close();
}
