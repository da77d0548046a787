package org.recordrelief.store;

import de.siegmar.fastcsv.reader.CloseableIterator;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;

/**
 * Sorts more records than fit in memory: records gather in memory up to a budget of characters, each full
 * batch is sorted and spilled to a temporary file, and the files are merged when the records are read back.
 * Memory stays at the budget whatever the number of records. A record is an array of non-null strings.
 */
public final class SpillSort implements Closeable {

    private final Path dir;
    private final long budgetChars;
    private final Comparator<String[]> order;
    private final List<String[]> batch = new ArrayList<>();
    private final List<Path> runs = new ArrayList<>();
    private final List<Closeable> open = new ArrayList<>();
    private long batchChars;
    private boolean reading;

    /**
     * @param dir         where the sorted runs are spilled (deleted on close)
     * @param budgetChars how many characters of records to hold in memory before spilling
     */
    public SpillSort(Path dir, long budgetChars, Comparator<String[]> order) {
        this.dir = dir;
        this.budgetChars = budgetChars;
        this.order = order;
    }

    public void add(String[] record) {
        if (reading) {
            throw new IllegalStateException("the records are being read back");
        }
        batch.add(record);
        for (String field : record) {
            batchChars += field.length() + 8;
        }
        if (batchChars >= budgetChars) {
            spill();
        }
    }

    /** The records in order. Call once, after the last {@link #add}. */
    public Iterator<String[]> sorted() {
        reading = true;
        batch.sort(order);
        if (runs.isEmpty()) {
            return batch.iterator();
        }
        if (!batch.isEmpty()) {
            spill();
        }
        return new Merge();
    }

    private void spill() {
        batch.sort(order);
        try {
            Files.createDirectories(dir);
            Path run = Files.createTempFile(dir, "spill-", ".csv");
            runs.add(run);
            try (CsvWriter out = CsvWriter.builder().build(run, StandardCharsets.UTF_8)) {
                for (String[] record : batch) {
                    out.writeRecord(record);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot spill sorted records to " + dir, e);
        }
        batch.clear();
        batchChars = 0;
    }

    /** A k-way merge of the spilled runs. */
    private final class Merge implements Iterator<String[]> {

        private record Head(String[] record, CloseableIterator<CsvRecord> rest) {
        }

        private final PriorityQueue<Head> heads = new PriorityQueue<>((a, b) -> order.compare(a.record(), b.record()));

        Merge() {
            for (Path run : runs) {
                try {
                    CsvReader<CsvRecord> reader = CsvReader.builder().skipEmptyLines(false)
                            .ofCsvRecord(run, StandardCharsets.UTF_8);
                    open.add(reader);
                    advance(reader.iterator());
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read back " + run, e);
                }
            }
        }

        private void advance(CloseableIterator<CsvRecord> rest) {
            if (rest.hasNext()) {
                heads.add(new Head(rest.next().getFields().toArray(String[]::new), rest));
            }
        }

        @Override
        public boolean hasNext() {
            return !heads.isEmpty();
        }

        @Override
        public String[] next() {
            Head head = heads.poll();
            if (head == null) {
                throw new NoSuchElementException();
            }
            advance(head.rest());
            return head.record();
        }
    }

    @Override
    public void close() {
        batch.clear();
        for (Closeable c : open) {
            try {
                c.close();
            } catch (IOException ignored) {
                // the spill files go next; nothing more is read from them
            }
        }
        for (Path run : runs) {
            try {
                Files.deleteIfExists(run);
            } catch (IOException ignored) {
                // a leftover spill file in the run's tmp folder is removed with the folder
            }
        }
    }
}
