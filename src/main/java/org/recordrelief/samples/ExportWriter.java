package org.recordrelief.samples;

import java.io.Closeable;
import org.recordrelief.model.PersonHistory;

/** Writes synthetic people in one county format, one person at a time. */
public interface ExportWriter extends Closeable {

    void write(int index, PersonHistory person);

    @Override
    void close();
}
