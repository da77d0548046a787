package org.recordrelief.samples;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes {@code people} synthetic people in a format, streaming: memory does not grow with the size. */
public final class SampleGenerator {

    private SampleGenerator() {
    }

    public static void generate(SampleFormat format, long seed, int people, Path out) {
        SyntheticHistories histories = format.histories(seed);
        try {
            if (out.getParent() != null) {
                Files.createDirectories(out.getParent());
            }
            try (ExportWriter writer = format.writer(new BufferedWriter(new OutputStreamWriter(
                    Files.newOutputStream(out), format.charset()), 1 << 16))) {
                for (int i = 0; i < people; i++) {
                    writer.write(i, histories.person(i));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + out, e);
        }
    }
}
