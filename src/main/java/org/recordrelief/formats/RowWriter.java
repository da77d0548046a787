package org.recordrelief.formats;

import java.io.Closeable;
import java.util.List;

/** Writes output rows in a county's own format. */
public interface RowWriter extends Closeable {

    void write(List<String> values);

    /** Values cut to fit a fixed width; the run reports how many, never which. */
    default long truncatedValues() {
        return 0;
    }

    @Override
    void close();
}
