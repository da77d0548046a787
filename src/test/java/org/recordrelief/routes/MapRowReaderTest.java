package org.recordrelief.routes;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.recordrelief.formats.Columns;
import org.recordrelief.formats.RowProblem;
import org.recordrelief.formats.SourceRow;

class MapRowReaderTest {

    private static final Columns COLUMNS = new Columns(List.of("id", "name", "born"));

    private static SourceRow read(Map<String, Object> row) {
        try (MapRowReader reader = new MapRowReader(List.of(row).iterator(), COLUMNS)) {
            return reader.next();
        }
    }

    private static Map<String, Object> row(Object id, Object name, Object born) {
        Map<String, Object> row = new HashMap<>();
        row.put("ID", id);
        row.put("Name", name);
        row.put("born", born);
        return row;
    }

    @Test
    void columnsAreFoundWhateverTheirCaseAndDatesBecomeIsoText() {
        SourceRow r = read(row(7, "DOE", Date.valueOf(LocalDate.of(1980, 2, 29))));
        assertThat(r.values()).containsExactly("7", "DOE", "1980-02-29");
        assertThat(r.hasProblem()).isFalse();
    }

    /** H2 stores a NUL in text, PostgreSQL refuses one: a row holding one is quarantined on both alike. */
    @Test
    void aNulCharacterFromADatabaseIsARowProblem() {
        assertThat(read(row(7, "DO\u0000E", null)).problem()).isEqualTo(new RowProblem("name", "holds a NUL "
                + "character (byte 0) at position 3, which is not text: the export is damaged at this line"));
    }

    @Test
    void aMissingColumnIsNamed() {
        Map<String, Object> row = row(7, "DOE", null);
        row.remove("born");
        assertThat(read(row).problem().reason()).isEqualTo("the query returns no column born");
    }
}
