package org.recordrelief.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recordrelief.formats.Columns;
import org.recordrelief.formats.RowProblem;
import org.recordrelief.formats.RowReader;
import org.recordrelief.formats.SourceRow;

class PersonGroupsTest {

    static final Columns COLUMNS = new Columns(List.of("PERSON", "VALUE"));

    /** Rows "A1" = person A, line 1; "-5" = a row whose person cannot be read. */
    static RowReader rows(String... spec) {
        List<SourceRow> rows = new ArrayList<>();
        for (String s : spec) {
            String person = s.substring(0, 1);
            long line = Long.parseLong(s.substring(1));
            rows.add(person.equals("-") ? new SourceRow(line, List.of("", "v" + line), COLUMNS,
                    RowProblem.ofRow("cut off")) : SourceRow.ok(line, List.of(person, "v" + line), COLUMNS));
        }
        Iterator<SourceRow> it = rows.iterator();
        return new RowReader() {
            @Override
            public Columns columns() {
                return COLUMNS;
            }

            @Override
            public boolean hasNext() {
                return it.hasNext();
            }

            @Override
            public SourceRow next() {
                return it.next();
            }

            @Override
            public void close() {
            }
        };
    }

    static String key(SourceRow row) {
        return row.hasProblem() ? null : row.values().get(0);
    }

    /** Every person as handed on, e.g. "A:1,2" or "-:5", and the restarts seen. */
    static List<String> drain(PersonGroups groups, List<String> handedOn) {
        while (groups.hasNext()) {
            for (PersonRows p : groups.next()) {
                handedOn.add((p.key() == null ? "-" : p.key()) + ":" + String.join(",", p.rows().stream()
                        .map(r -> String.valueOf(r.lineNumber())).toList()));
            }
        }
        return handedOn;
    }

    /** Rows that can be read again; a restart is counted and forgets what was handed on before it. */
    static PersonGroups restartable(Path tmp, int chunkRows, AtomicInteger restarts, List<String> handedOn,
                                    String... spec) {
        return new PersonGroups(ReplayableRows.reopening(rows(spec), () -> rows(spec)), PersonGroupsTest::key,
                chunkRows, tmp, 10, () -> {
                    restarts.incrementAndGet();
                    handedOn.clear();
                });
    }

    @Test
    void aGroupedExportIsHandedOnAsItComes(@TempDir Path tmp) {
        AtomicInteger restarts = new AtomicInteger();
        PersonGroups groups = new PersonGroups(ReplayableRows.reopening(rows("A1", "A2", "B3", "-4", "B5", "C6"),
                () -> null), PersonGroupsTest::key, 2, tmp, 1000, restarts::incrementAndGet);
        assertThat(drain(groups, new ArrayList<>())).containsExactly("A:1,2", "B:3,5", "-:4", "C:6");
        assertThat(restarts).hasValue(0);
        assertThat(groups.sorted()).isFalse();
    }

    @Test
    void aPersonComingBackRestartsEverythingSortedByPerson(@TempDir Path tmp) {
        AtomicInteger restarts = new AtomicInteger();
        List<String> handedOn = new ArrayList<>();
        PersonGroups groups = restartable(tmp, 1, restarts, handedOn, "B1", "B2", "A3", "C4", "-5", "B6", "A7");
        assertThat(drain(groups, handedOn)).containsExactly("-:5", "A:3,7", "B:1,2,6", "C:4");
        assertThat(restarts).hasValue(1);
        assertThat(groups.sorted()).isTrue();
        groups.close();
    }

    @Test
    void rowsThatPassOnceAreCopiedAsideAndReadAgainFromTheCopy(@TempDir Path tmp) {
        List<String> handedOn = new ArrayList<>();
        PersonGroups groups = new PersonGroups(ReplayableRows.copying(rows("A1", "B2", "A3", "C4"),
                tmp.resolve("copy.rows")), PersonGroupsTest::key, 1, tmp, 10, handedOn::clear);
        assertThat(drain(groups, handedOn)).containsExactly("A:1,3", "B:2", "C:4");
        groups.close();
        assertThat(tmp.resolve("copy.rows")).doesNotExist();
    }

    /**
     * A person's rows broken by as many unreadable rows as a chunk holds: the person's next row starts a new
     * group, and must be seen as the same person coming back, not as a second person with the same key.
     */
    @Test
    void aPersonResumingAfterAChunkOfUnreadableRowsIsNotSplitInTwo(@TempDir Path tmp) {
        AtomicInteger restarts = new AtomicInteger();
        List<String> handedOn = new ArrayList<>();
        PersonGroups groups = restartable(tmp, 2, restarts, handedOn, "A1", "-2", "-3", "A4", "B5");
        assertThat(drain(groups, handedOn)).containsExactly("-:2", "-:3", "A:1,4", "B:5");
        assertThat(restarts).hasValue(1);
        groups.close();
    }
}
