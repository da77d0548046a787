package org.recordrelief.pipeline;

import java.util.List;
import org.recordrelief.formats.SourceRow;

/**
 * The rows of one person in line order, or a single row whose person could not be read ({@code key} null).
 *
 * @param key  the person key as the export writes it (never logged: it may be an identifier)
 * @param rows the person's rows, in line order
 */
public record PersonRows(String key, List<SourceRow> rows) {

    @Override
    public String toString() {
        return "PersonRows[" + rows.size() + " rows]";
    }
}
