package org.recordrelief.adapter.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.recordrelief.adapter.RowKind;
import org.recordrelief.adapter.RowKindRule;
import org.recordrelief.formats.Column;
import org.recordrelief.formats.DelimitedFormat;
import org.recordrelief.formats.DelimitedRowReader;
import org.recordrelief.formats.RowReader;
import org.recordrelief.formats.SourceRow;

/** Each row gets its own kind, whether its step repeats the row before's or not (answers are reused). */
class RowKindClassifierTest {

    private static final List<Column> COLUMNS = List.of(Column.delimited("STEP", "step", false),
            Column.delimited("OFFENSE", "offense", false));

    private static List<SourceRow> rows(String csv) {
        List<SourceRow> rows = new ArrayList<>();
        try (RowReader reader = new DelimitedRowReader(new ByteArrayInputStream(
                ("STEP,OFFENSE\n" + csv).getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8,
                DelimitedFormat.CSV, COLUMNS)) {
            reader.forEachRemaining(rows::add);
        }
        return rows;
    }

    @Test
    void repeatedAndChangingValuesAreEachClassifiedByTheRules() {
        RowKindClassifier classifier = new RowKindClassifier(List.of(
                new RowKindRule(List.of(new RowKindRule.When("STEP", List.of("court action"), null),
                        new RowKindRule.When("OFFENSE", null, "HS")), RowKind.CHARGE, null),
                new RowKindRule(List.of(new RowKindRule.When("STEP", List.of("ARREST/DETAINED/CITED"), null)),
                        RowKind.OTHER, null)));
        List<SourceRow> rows = rows("""
                COURT ACTION,11357 HS
                COURT ACTION,11357 HS
                court action,11360 HS
                COURT ACTION,11357 PC
                ARREST/DETAINED/CITED,11357 HS
                ARREST/DETAINED/CITED,11357 HS
                COURT ACTION,11357 HS
                """);
        List<RowKind> kinds = new ArrayList<>();
        for (SourceRow row : rows.subList(0, 3)) {
            kinds.add(classifier.classify(row).kind());
        }
        assertThatThrownBy(() -> classifier.classify(rows.get(3))).isInstanceOf(MappingProblem.class)
                .hasMessageContaining("no row-kind rule matches STEP = 'COURT ACTION'");
        for (SourceRow row : rows.subList(4, 7)) {
            kinds.add(classifier.classify(row).kind());
        }
        assertThat(kinds).containsExactly(RowKind.CHARGE, RowKind.CHARGE, RowKind.CHARGE, RowKind.OTHER,
                RowKind.OTHER, RowKind.CHARGE);
    }
}
