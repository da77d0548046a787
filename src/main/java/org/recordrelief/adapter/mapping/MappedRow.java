package org.recordrelief.adapter.mapping;

import java.time.LocalDate;
import java.util.List;
import org.recordrelief.adapter.RowKind;
import org.recordrelief.formats.RowText;
import org.recordrelief.model.code.ChargeCode;
import org.recordrelief.model.DispositionClass;
import org.recordrelief.model.OffenceLevel;
import org.recordrelief.model.PersonEventType;
import org.recordrelief.model.PersonIdentifier;
import org.recordrelief.model.PersonName;
import org.recordrelief.model.SentencePart;

/**
 * One source row mapped to canonical values, in parts: who the person is (every row but {@code OTHER}
 * has it), the case and the count (charge rows), the event (event rows). Several rows may describe one
 * count (DOJ repeats a count once per sentence part); the history assembler merges them.
 *
 * @param person    null for a row of kind OTHER
 * @param courtCase null but for a charge row
 * @param charge    null but for a charge row
 * @param event     null but for an event row
 */
public record MappedRow(long lineNumber, RowKind kind, String personId, String caseId, String chargeId,
                        PersonPart person, CasePart courtCase, ChargePart charge, EventPart event,
                        List<String> rawValues) implements RowResult {

    /** What a row says about its person. */
    public record PersonPart(PersonName name, LocalDate dateOfBirth, List<PersonIdentifier> identifiers) {

        public PersonPart {
            identifiers = identifiers == null ? List.of() : List.copyOf(identifiers);
        }

        @Override
        public String toString() {
            return "PersonPart[redacted]";
        }
    }

    /** What a charge row says about its case. */
    public record CasePart(String caseNumber, String court, String county, LocalDate arrestDate) {
    }

    /** What a charge row says about its count. */
    public record ChargePart(String countNumber, String rawCode, ChargeCode code, LocalDate offenceDate,
                             DispositionClass disposition, String dispositionText, LocalDate convictionDate,
                             OffenceLevel level, LocalDate sentenceDate, List<SentencePart> sentenceParts,
                             Boolean sentenceComplete) {

        public ChargePart {
            sentenceParts = sentenceParts == null ? List.of() : List.copyOf(sentenceParts);
        }
    }

    /** What an event row says. */
    public record EventPart(PersonEventType type, LocalDate date) {
    }

    public MappedRow {
        // A RowText is immutable already, and copying it would make a string of every value.
        rawValues = rawValues instanceof RowText ? rawValues : List.copyOf(rawValues);
    }

    /** A row of kind OTHER: only its person and its values. */
    static MappedRow other(long lineNumber, String personId, List<String> rawValues) {
        return new MappedRow(lineNumber, RowKind.OTHER, personId, null, null, null, null, null, null, rawValues);
    }

    @Override
    public String toString() {
        return "MappedRow[line " + lineNumber + ", " + kind + ", " + personId + "/" + caseId + "/" + chargeId + "]";
    }
}
