package org.recordrelief.routes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.recordrelief.formats.Columns;
import org.recordrelief.formats.Encodings;
import org.recordrelief.formats.RowProblem;
import org.recordrelief.formats.RowReader;
import org.recordrelief.formats.SourceRow;

/**
 * Adapts rows of a database query (maps from column label to value, as camel-jdbc streams them) to
 * source rows in the descriptor's column order. Dates become ISO text, so descriptors read them with
 * {@code date: yyyy-MM-dd}; the "line number" is the row's position in the result.
 */
final class MapRowReader implements RowReader {

    private final Iterator<?> rows;
    private final Columns columns;
    private long position;

    MapRowReader(Iterator<?> rows, Columns columns) {
        this.rows = rows;
        this.columns = columns;
    }

    @Override
    public Columns columns() {
        return columns;
    }

    @Override
    public boolean hasNext() {
        return rows.hasNext();
    }

    @Override
    public SourceRow next() {
        Object next = rows.next();
        position++;
        if (!(next instanceof Map<?, ?> map)) {
            return new SourceRow(position, List.of(), columns, RowProblem.ofRow("the query returned something that "
                    + "is not a row"));
        }
        Map<String, Object> byName = new HashMap<>();
        map.forEach((k, v) -> byName.put(String.valueOf(k).toUpperCase(Locale.ROOT), v));
        List<String> values = new ArrayList<>(columns.size());
        List<String> missing = new ArrayList<>();
        for (String column : columns.names()) {
            String key = column.toUpperCase(Locale.ROOT);
            if (!byName.containsKey(key)) {
                missing.add(column);
            }
            values.add(text(byName.get(key)));
        }
        RowProblem problem = missing.isEmpty() ? Encodings.nul(values, columns) : RowProblem.ofRow("the query "
                + "returns no column " + String.join(", ", missing));
        return new SourceRow(position, values, columns, problem);
    }

    static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof java.sql.Date d) {
            return d.toLocalDate().toString();
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toLocalDateTime().toLocalDate().toString();
        }
        return value.toString();
    }

    @Override
    public void close() {
        if (rows instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception ignored) {
                // the result set is done either way
            }
        }
    }
}
