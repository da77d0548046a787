package org.recordrelief.pipeline;

import java.io.Closeable;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Function;
import org.recordrelief.formats.RowReader;
import org.recordrelief.formats.SourceRow;
import org.recordrelief.store.SpillSort;

/**
 * The rows of an export, person by person, in chunks of about {@code chunkRows} rows. Exports usually
 * arrive grouped by person (the DOJ file does), and then each person is handed on as soon as their last
 * row passes, holding one person in memory. When a person key comes back after another person's rows, the
 * export is not grouped: what was handed on so far is taken back ({@code onRestart}), the rows are read
 * again and sorted by person on disk ({@link SpillSort}), and every person is handed on anew from the
 * sorted rows.
 */
public final class PersonGroups implements Iterator<List<PersonRows>>, Closeable {

    private final ReplayableRows source;
    private final Function<SourceRow, String> personKey;
    private final int chunkRows;
    private final Path spillDir;
    private final long spillBudgetChars;
    private final Runnable onRestart;
    private Iterator<PersonRows> people;
    private Grouped grouped;
    private SpillSort sort;
    private RowReader sortedSource;

    /**
     * @param personKey the person key of a row as the export writes it, or null when it cannot be read
     * @param onRestart called when the export turns out not to be grouped, before every person comes again
     */
    public PersonGroups(ReplayableRows source, Function<SourceRow, String> personKey, int chunkRows, Path spillDir,
                        long spillBudgetChars, Runnable onRestart) {
        this.source = source;
        this.personKey = personKey;
        this.chunkRows = chunkRows;
        this.spillDir = spillDir;
        this.spillBudgetChars = spillBudgetChars;
        this.onRestart = onRestart;
        this.grouped = new Grouped();
        this.people = grouped;
    }

    /** True once the export turned out not to be grouped by person and is being read sorted. */
    public boolean sorted() {
        return sort != null;
    }

    @Override
    public boolean hasNext() {
        return people.hasNext() || restartIfNotGrouped() && people.hasNext();
    }

    @Override
    public List<PersonRows> next() {
        List<PersonRows> chunk = new ArrayList<>();
        int rows = 0;
        while (rows < chunkRows && people.hasNext()) {
            PersonRows person = people.next();
            if (restartIfNotGrouped()) {
                chunk.clear();
                rows = 0;
                continue;
            }
            chunk.add(person);
            rows += person.rows().size();
        }
        if (chunk.isEmpty()) {
            throw new NoSuchElementException();
        }
        return chunk;
    }

    private boolean restartIfNotGrouped() {
        if (grouped == null || !grouped.regressed) {
            return false;
        }
        grouped = null;
        onRestart.run();
        sort = new SpillSort(spillDir, spillBudgetChars, SpilledRows::byPersonThenLine);
        sortedSource = source.again();
        while (sortedSource.hasNext()) {
            SourceRow row = sortedSource.next();
            sort.add(SpilledRows.encode(personKey.apply(row), row));
        }
        people = new FromSorted(sort.sorted(), sortedSource);
        return true;
    }

    /**
     * People as they come, while the export is grouped; notes when a finished person comes back. A row whose
     * person cannot be read (a cut-off row, say) does not end the person around it: it is handed on alone,
     * after that person.
     */
    private final class Grouped implements Iterator<PersonRows> {

        private final LongSet finished = new LongSet();
        private final ArrayDeque<PersonRows> ready = new ArrayDeque<>();
        private SourceRow pending;
        private String pendingKey;
        private boolean regressed;

        @Override
        public boolean hasNext() {
            if (ready.isEmpty() && !regressed) {
                fill();
            }
            return !ready.isEmpty();
        }

        @Override
        public PersonRows next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return ready.poll();
        }

        private void fill() {
            if (pending == null) {
                if (!source.hasNext()) {
                    return;
                }
                pending = source.next();
                pendingKey = personKey.apply(pending);
                // a person whose rows were broken off by a whole chunk of unreadable rows comes back here
                if (pendingKey != null && finished.contains(LongSet.fingerprint(pendingKey))) {
                    regressed = true;
                    return;
                }
            }
            SourceRow first = pending;
            String key = pendingKey;
            pending = null;
            pendingKey = null;
            if (key == null) {
                ready.add(new PersonRows(null, List.of(first)));
                return;
            }
            List<SourceRow> rows = new ArrayList<>();
            rows.add(first);
            List<SourceRow> loose = new ArrayList<>();
            while (source.hasNext() && loose.size() < chunkRows) {
                SourceRow row = source.next();
                String rowKey = personKey.apply(row);
                if (rowKey == null) {
                    loose.add(row);
                } else if (rowKey.equals(key)) {
                    rows.add(row);
                } else {
                    pending = row;
                    pendingKey = rowKey;
                    break;
                }
            }
            finished.add(LongSet.fingerprint(key));
            ready.add(new PersonRows(key, rows));
            loose.forEach(row -> ready.add(new PersonRows(null, List.of(row))));
            if (pendingKey != null && finished.contains(LongSet.fingerprint(pendingKey))) {
                regressed = true;
            }
        }
    }

    /** People from the rows sorted by person, then line. */
    private static final class FromSorted implements Iterator<PersonRows> {

        private final Iterator<String[]> records;
        private final RowReader columnsOf;
        private String[] pending;

        FromSorted(Iterator<String[]> records, RowReader columnsOf) {
            this.records = records;
            this.columnsOf = columnsOf;
        }

        @Override
        public boolean hasNext() {
            return pending != null || records.hasNext();
        }

        @Override
        public PersonRows next() {
            String[] first = pending != null ? pending : records.next();
            pending = null;
            String key = SpilledRows.key(first);
            List<SourceRow> rows = new ArrayList<>();
            rows.add(SpilledRows.decode(first, columnsOf.columns()));
            while (key != null && records.hasNext()) {
                String[] record = records.next();
                if (key.equals(SpilledRows.key(record))) {
                    rows.add(SpilledRows.decode(record, columnsOf.columns()));
                } else {
                    pending = record;
                    break;
                }
            }
            return new PersonRows(key, rows);
        }
    }

    @Override
    public void close() {
        if (sort != null) {
            sort.close();
        }
        if (sortedSource != null) {
            sortedSource.close();
        }
        source.close();
    }
}
