package org.recordrelief.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import javax.sql.DataSource;
import org.recordrelief.adapter.RowKind;
import org.recordrelief.adapter.mapping.MappedRow;
import org.recordrelief.model.DispositionClass;
import org.recordrelief.model.OffenceLevel;
import org.recordrelief.model.PersonEventType;
import org.recordrelief.model.PersonName;
import org.recordrelief.model.code.CodeSectionParser;

/** Reads a run's staged rows back person by person, in person order, holding one person at a time. */
public final class StagedPersonReader {

    private static final String QUERY = "SELECT * FROM rr_staged_row WHERE run_id = ? ORDER BY person_id, line_number";

    private final DataSource dataSource;
    private final CodeSectionParser parser = new CodeSectionParser();

    public StagedPersonReader(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public void forEachPerson(long runId, BiConsumer<String, List<StagedRow>> consumer) {
        List<StagedRow> rows = new ArrayList<>();
        String[] current = {null};
        Jdbc.stream(dataSource, QUERY, runId, rs -> {
            String personId = rs.getString("person_id");
            if (current[0] != null && !current[0].equals(personId)) {
                consumer.accept(current[0], List.copyOf(rows));
                rows.clear();
            }
            current[0] = personId;
            rows.add(read(rs));
        });
        if (current[0] != null) {
            consumer.accept(current[0], List.copyOf(rows));
        }
    }

    private StagedRow read(ResultSet rs) throws SQLException {
        String code = rs.getString("code");
        String last = rs.getString("name_last");
        String first = rs.getString("name_first");
        String middle = rs.getString("name_middle");
        MappedRow row = new MappedRow(rs.getLong("line_number"), RowKind.valueOf(rs.getString("row_kind")),
                rs.getString("person_id"), rs.getString("case_id"), rs.getString("charge_id"),
                last == null && first == null && middle == null ? null : new PersonName(last, first, middle),
                rs.getObject("date_of_birth", LocalDate.class), StagedValues.identifiers(rs.getString("identifiers")),
                rs.getString("case_number"), rs.getString("court"), rs.getString("county"),
                rs.getObject("arrest_date", LocalDate.class), rs.getString("count_number"),
                rs.getString("raw_code"), code == null ? null : parser.parse(code), rs.getObject("offence_date",
                LocalDate.class), enumOf(DispositionClass.class, rs.getString("disposition")),
                rs.getString("disposition_text"), rs.getObject("conviction_date", LocalDate.class),
                enumOf(OffenceLevel.class, rs.getString("offence_level")), rs.getObject("sentence_date", LocalDate.class),
                StagedValues.sentenceParts(rs.getString("sentence_parts")), (Boolean) rs.getObject("sentence_complete"),
                enumOf(PersonEventType.class, rs.getString("event_type")), rs.getObject("event_date", LocalDate.class),
                rawValues(rs.getString("raw_values")));
        return new StagedRow(row, rs.getString("row_hash"));
    }

    static List<String> rawValues(String json) {
        try {
            return StagingStore.JSON.readValue(json, StagingStore.STRINGS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a staged row's raw values are not readable", e);
        }
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }
}
