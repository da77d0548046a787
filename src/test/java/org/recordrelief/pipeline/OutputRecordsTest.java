package org.recordrelief.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.recordrelief.adapter.OutputKeys;
import org.recordrelief.adapter.OutputRecord;
import org.recordrelief.adapter.RowKind;
import org.recordrelief.adapter.mapping.MappedRow;
import org.recordrelief.formats.Columns;
import org.recordrelief.model.DispositionClass;
import org.recordrelief.model.OffenceLevel;
import org.recordrelief.model.code.CodeSection;
import org.recordrelief.model.code.LegalCode;
import org.recordrelief.rules.Determination;
import org.recordrelief.rules.DeterminationRole;
import org.recordrelief.rules.Outcome;
import org.recordrelief.rules.Reason;

class OutputRecordsTest {

    private static final Columns COLUMNS = new Columns(List.of("CASE", "CODE"));

    private static MappedRow row() {
        return new MappedRow(4, RowKind.CHARGE, "p-1", "c-1", "7", new MappedRow.PersonPart(null, null, null),
                new MappedRow.CasePart("SC-1", "SUPERIOR COURT", "SACRAMENTO", null),
                new MappedRow.ChargePart("003001007000", "11357(B) HS", CodeSection.of(LegalCode.HS, "11357", "b"), null,
                        DispositionClass.CONVICTED, "CONVICTED", LocalDate.of(2010, 5, 6), OffenceLevel.MISDEMEANOR,
                        null, null, null),
                null, List.of("SC-1", "11357(B) HS"));
    }

    private static Determination determination() {
        return new Determination("p-1", "c-1", "7", "HS 11357(b)", OffenceLevel.MISDEMEANOR, Outcome.REDUCE,
                OffenceLevel.INFRACTION, List.of(new Reason("R-1", "HS 11361.8", "First reason."),
                new Reason("R-2", "HS 11361.8", "Second reason.")), "someOption", "the public defender",
                DeterminationRole.PRIMARY, List.of("c-1/8", "c-1/9"), "prop64/test");
    }

    @Test
    void everyOutputKeyAnOutputColumnMayNameHasItsValue() {
        OutputRecord r = OutputRecords.of(row(), determination(), COLUMNS,
                Map.of("run.id", "12", "run.asOf", "2019-04-01", "run.source", "export.csv"));
        for (String key : OutputKeys.all()) {
            assertThat(r.value(key)).as(key).isNotEmpty();
        }
        assertThat(r.value("person.id")).isEqualTo("p-1");
        assertThat(r.value("case.caseNumber")).isEqualTo("SC-1");
        assertThat(r.value("charge.countNumber")).isEqualTo("003001007000");
        assertThat(r.value("charge.code")).isEqualTo("HS 11357(b)");
        assertThat(r.value("charge.rawCode")).isEqualTo("11357(B) HS");
        assertThat(r.value("charge.convictionDate")).isEqualTo("2010-05-06");
        assertThat(r.value("determination.outcome")).isEqualTo("REDUCE");
        assertThat(r.value("determination.reducedTo")).isEqualTo("INFRACTION");
        assertThat(r.value("determination.ruleIds")).isEqualTo("R-1+R-2");
        assertThat(r.value("determination.reasons")).isEqualTo("First reason. Second reason.");
        assertThat(r.value("determination.relatedCharges")).isEqualTo("c-1/8 c-1/9");
        assertThat(r.value("run.source")).isEqualTo("export.csv");
        assertThat(r.input("CODE")).isEqualTo("11357(B) HS");
    }

    @Test
    void aRowWithoutADeterminationHasNoDeterminationValues() {
        OutputRecord r = OutputRecords.of(row(), null, COLUMNS, Map.of("run.id", "12"));
        assertThat(OutputKeys.all().stream().filter(k -> k.startsWith("determination.")))
                .isNotEmpty()
                .allSatisfy(k -> assertThat(r.value(k)).as(k).isEmpty());
        assertThat(r.value("charge.level")).isEqualTo("MISDEMEANOR");
        assertThat(r.value("run.id")).isEqualTo("12");
    }
}
