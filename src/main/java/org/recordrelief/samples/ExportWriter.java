package org.recordrelief.samples;

import java.io.Closeable;
import org.recordrelief.model.PersonHistory;

/** Writes synthetic people in one county format, one person at a time. */
public interface ExportWriter extends Closeable {

    void write(int index, PersonHistory person);

    /** The export rows written so far (a charge row, a DOJ step row, an INSERT of a charge). */
    long rowsWritten();

    @Override
    void close();
}
