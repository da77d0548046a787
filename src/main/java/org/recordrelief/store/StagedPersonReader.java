package org.recordrelief.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.recordrelief.adapter.RowKind;
import org.recordrelief.adapter.mapping.MappedRow;
import org.recordrelief.model.DispositionClass;
import org.recordrelief.model.OffenceLevel;
import org.recordrelief.model.PersonEventType;
import org.recordrelief.model.PersonName;
import org.recordrelief.model.code.ChargeCode;
import org.recordrelief.model.code.CodeSectionParser;
import org.recordrelief.model.code.UnparsedCode;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reads a run's staged rows back person by person, in person order, holding one person at a time, with
 * the lines of the person that went to quarantine.
 */
public final class StagedPersonReader {

    /** One person's staged rows, and the lines of theirs that could not be read. */
    public record StagedPerson(String personId, List<StagedRow> rows, List<Long> unreadableLines) {
    }

    /** Each row carries how many of its person's rows are in quarantine, so the common case costs no lookup. */
    private static final String QUERY = "SELECT s.*, q.quarantined FROM rr_staged_row s LEFT JOIN "
            + "(SELECT person_id, COUNT(*) AS quarantined FROM rr_quarantine WHERE run_id = ? AND person_id IS NOT NULL "
            + "AND affects_history GROUP BY person_id) q ON q.person_id = s.person_id WHERE s.run_id = ? ORDER BY s.person_id, s.line_number";
    private static final String QUARANTINED_LINES = "SELECT line_number FROM rr_quarantine WHERE run_id = ? "
            + "AND person_id = ? AND affects_history ORDER BY line_number";
    private static final String UNPARSED = new UnparsedCode("", "").canonical();

    private final DataSource dataSource;
    private final CodeSectionParser parser = new CodeSectionParser();

    public StagedPersonReader(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public void forEachPerson(long runId, Consumer<StagedPerson> consumer) {
        List<StagedRow> rows = new ArrayList<>();
        String[] current = {null};
        boolean[] quarantined = {false};
        Runnable flush = () -> consumer.accept(new StagedPerson(current[0], List.copyOf(rows),
                quarantined[0] ? quarantinedLines(runId, current[0]) : List.of()));
        Jdbc.stream(dataSource, QUERY, runId, rs -> {
            String personId = rs.getString("person_id");
            if (current[0] != null && !current[0].equals(personId)) {
                flush.run();
                rows.clear();
            }
            current[0] = personId;
            quarantined[0] = rs.getLong("quarantined") > 0;
            rows.add(read(rs));
        });
        if (current[0] != null) {
            flush.run();
        }
    }

    private List<Long> quarantinedLines(long runId, String personId) {
        return new JdbcTemplate(dataSource).queryForList(QUARANTINED_LINES, Long.class, runId, personId);
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
                rs.getString("raw_code"), code(code, rs.getString("raw_code")), rs.getObject("offence_date",
                LocalDate.class), enumOf(DispositionClass.class, rs.getString("disposition")),
                rs.getString("disposition_text"), rs.getObject("conviction_date", LocalDate.class),
                enumOf(OffenceLevel.class, rs.getString("offence_level")), rs.getObject("sentence_date", LocalDate.class),
                StagedValues.sentenceParts(rs.getString("sentence_parts")), (Boolean) rs.getObject("sentence_complete"),
                enumOf(PersonEventType.class, rs.getString("event_type")), rs.getObject("event_date", LocalDate.class),
                rawValues(rs.getString("raw_values")));
        return new StagedRow(row, rs.getString("row_hash"));
    }

    /** The staged canonical code read back; an unreadable one is read again from the export's own text. */
    private ChargeCode code(String canonical, String rawCode) {
        if (canonical == null) {
            return null;
        }
        if (!canonical.equals(UNPARSED)) {
            return parser.parse(canonical);
        }
        ChargeCode again = parser.parse(rawCode);
        return again instanceof UnparsedCode ? again : new UnparsedCode(rawCode, "not readable without its default code");
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
