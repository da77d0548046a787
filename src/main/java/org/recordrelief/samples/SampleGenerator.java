package org.recordrelief.samples;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes synthetic people in a format, streaming: memory does not grow with the size. */
public final class SampleGenerator {

    private SampleGenerator() {
    }

    /** Writes {@code people} people. */
    public static void generate(SampleFormat format, long seed, int people, Path out) {
        generate(format, seed, people, Long.MAX_VALUE, out);
    }

    /**
     * Writes people until {@code people} are written or the export holds at least {@code rows} rows (the last
     * person is written whole); returns how many people were written.
     */
    public static int generate(SampleFormat format, long seed, int people, long rows, Path out) {
        SyntheticHistories histories = format.histories(seed);
        try {
            if (out.getParent() != null) {
                Files.createDirectories(out.getParent());
            }
            try (ExportWriter writer = format.writer(new BufferedWriter(new OutputStreamWriter(
                    Files.newOutputStream(out), format.charset()), 1 << 16))) {
                int i = 0;
                while (i < people && writer.rowsWritten() < rows) {
                    writer.write(i, histories.person(i));
                    i++;
                }
                return i;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + out, e);
        }
    }
}
