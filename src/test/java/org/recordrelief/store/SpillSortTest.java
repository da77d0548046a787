package org.recordrelief.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpillSortTest {

    @Test
    void sortsMoreThanItsBudgetThroughSpilledRunsAndCleansUp(@TempDir Path tmp) throws IOException {
        Random random = new Random(7);
        List<String[]> records = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            // Awkward text on purpose: separators, quotes, line breaks and empty fields survive the spill.
            records.add(new String[] {String.valueOf(random.nextInt(1000)), "a,b \"q\"\nline " + i, ""});
        }
        Comparator<String[]> order = Comparator.comparingInt((String[] r) -> Integer.parseInt(r[0]))
                .thenComparing(r -> r[1]);
        Path dir = tmp.resolve("spill");
        List<String[]> sorted = new ArrayList<>();
        try (SpillSort sort = new SpillSort(dir, 10_000, order)) {
            records.forEach(sort::add);
            try (Stream<Path> runs = Files.list(dir)) {
                assertThat(runs.count()).as("spilled in several runs").isGreaterThan(5);
            }
            Iterator<String[]> it = sort.sorted();
            it.forEachRemaining(sorted::add);
        }
        List<String[]> expected = new ArrayList<>(records);
        expected.sort(order);
        assertThat(sorted).usingElementComparator((a, b) -> java.util.Arrays.equals(a, b) ? 0 : 1)
                .containsExactlyElementsOf(expected);
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left).as("spill files removed").isEmpty();
        }
    }

    @Test
    void aSmallSortStaysInMemory(@TempDir Path tmp) {
        try (SpillSort sort = new SpillSort(tmp.resolve("none"), 1_000_000, Comparator.comparing((String[] r) -> r[0]))) {
            sort.add(new String[] {"b"});
            sort.add(new String[] {"a"});
            List<String> out = new ArrayList<>();
            sort.sorted().forEachRemaining(r -> out.add(r[0]));
            assertThat(out).containsExactly("a", "b");
        }
        assertThat(tmp.resolve("none")).doesNotExist();
    }
}
