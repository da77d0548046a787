package org.recordrelief.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.recordrelief.adapter.RowKind;
import org.recordrelief.adapter.mapping.MappedRow;
import org.recordrelief.model.Charge;
import org.recordrelief.model.DispositionClass;
import org.recordrelief.model.OffenceLevel;
import org.recordrelief.model.PersonEventType;
import org.recordrelief.model.SentencePart;
import org.recordrelief.model.SentenceType;
import org.recordrelief.model.code.CodeSectionParser;

class HistoryAssemblerTest {

    static final CodeSectionParser PARSER = new CodeSectionParser();
    static final LocalDate CONVICTED = LocalDate.of(2010, 5, 5);

    static MappedRow charge(long line, String caseId, String chargeId, SentencePart part, String hash) {
        return new MappedRow(line, RowKind.CHARGE, "p-1", caseId, chargeId,
                new MappedRow.PersonPart(null, LocalDate.of(1970, 1, 1), List.of()),
                new MappedRow.CasePart("CASE-" + caseId, "court", "SACRAMENTO", CONVICTED.minusMonths(2)),
                new MappedRow.ChargePart("1", "11359 HS", PARSER.parse("11359 HS"), null, DispositionClass.CONVICTED,
                        "CONVICTED", CONVICTED, OffenceLevel.FELONY, null, part == null ? List.of() : List.of(part),
                        null),
                null, List.of(hash));
    }

    static MappedRow other(long line, String hash) {
        return new MappedRow(line, RowKind.OTHER, "p-1", null, null, null, null, null, null, List.of(hash));
    }

    static MappedRow event(long line, String hash) {
        return new MappedRow(line, RowKind.EVENT, "p-1", null, null, new MappedRow.PersonPart(null, null, null), null,
                null, new MappedRow.EventPart(PersonEventType.DECEASED, LocalDate.of(2019, 1, 1)), List.of(hash));
    }

    @Test
    void rowsOfOneCountMergeTheirSentenceParts() {
        HistoryAssembler.Assembled a = new HistoryAssembler().assemble("p-1", List.of(
                other(2, "arrest"),
                charge(3, "c1", "2.1", SentencePart.of(SentenceType.JAIL, Period.ofDays(30)), "h3"),
                charge(4, "c1", "2.1", SentencePart.of(SentenceType.PROBATION, Period.ofYears(3)), "h4"),
                charge(5, "c2", "2.1", null, "h5"),
                event(6, "h6")));
        assertThat(a.history().cases()).hasSize(2);
        Charge first = a.history().cases().get(0).charges().get(0);
        assertThat(first.sentence().parts()).extracting(SentencePart::type)
                .containsExactly(SentenceType.JAIL, SentenceType.PROBATION);
        assertThat(first.sentence().endDate(first.convictionDate())).contains(CONVICTED.plusDays(30).plusYears(3));
        assertThat(a.firstLine("c1", "2.1")).isEqualTo(3L);
        assertThat(a.firstLine("c2", "2.1")).isEqualTo(5L);
        assertThat(a.history().hasEvent(PersonEventType.DECEASED)).isTrue();
        assertThat(a.history().person().dateOfBirth()).isEqualTo(LocalDate.of(1970, 1, 1));
        assertThat(a.duplicates()).isEmpty();
    }

    /** Counts are known by case and count id, never by a text joining them, however the ids are written. */
    @Test
    void countsWhoseJoinedIdsReadAlikeKeepTheirOwnFirstLines() {
        HistoryAssembler.Assembled a = new HistoryAssembler().assemble("p-1", List.of(
                charge(3, "A", "1/2", null, "h3"),
                charge(7, "A/1", "2", null, "h7")));
        assertThat(a.history().cases()).hasSize(2);
        assertThat(a.firstLine("A", "1/2")).isEqualTo(3L);
        assertThat(a.firstLine("A/1", "2")).isEqualTo(7L);
    }

    @Test
    void anExactDuplicateGoesBackToQuarantineInsteadOfCountingTwice() {
        HistoryAssembler.Assembled a = new HistoryAssembler().assemble("p-1", List.of(
                charge(3, "c1", "2.1", SentencePart.of(SentenceType.JAIL, Period.ofDays(30)), "same"),
                charge(9, "c1", "2.1", SentencePart.of(SentenceType.JAIL, Period.ofDays(30)), "same")));
        assertThat(a.history().cases().get(0).charges().get(0).sentence().parts()).hasSize(1);
        assertThat(a.duplicates()).singleElement().satisfies(d -> {
            assertThat(d.lineNumber()).isEqualTo(9);
            assertThat(d.reason()).isEqualTo("an exact duplicate of line 3");
        });
    }
}
