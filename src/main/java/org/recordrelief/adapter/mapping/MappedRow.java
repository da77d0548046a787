package org.recordrelief.adapter.mapping;

import java.time.LocalDate;
import java.util.List;
import org.recordrelief.adapter.RowKind;
import org.recordrelief.model.DispositionClass;
import org.recordrelief.model.OffenceLevel;
import org.recordrelief.model.PersonEventType;
import org.recordrelief.model.PersonIdentifier;
import org.recordrelief.model.PersonName;
import org.recordrelief.model.SentencePart;
import org.recordrelief.model.code.ChargeCode;

/**
 * One source row mapped to canonical values, ready to stage. Several rows may describe one count (DOJ
 * repeats a count once per sentence part); the history assembler merges them.
 */
public record MappedRow(
        long lineNumber,
        RowKind kind,
        String personId,
        String caseId,
        String chargeId,
        PersonName name,
        LocalDate dateOfBirth,
        List<PersonIdentifier> identifiers,
        String caseNumber,
        String court,
        String county,
        LocalDate arrestDate,
        String countNumber,
        String rawCode,
        ChargeCode code,
        LocalDate offenceDate,
        DispositionClass disposition,
        String dispositionText,
        LocalDate convictionDate,
        OffenceLevel level,
        LocalDate sentenceDate,
        List<SentencePart> sentenceParts,
        Boolean sentenceComplete,
        PersonEventType eventType,
        LocalDate eventDate,
        List<String> rawValues) implements RowResult {

    public MappedRow {
        identifiers = identifiers == null ? List.of() : List.copyOf(identifiers);
        sentenceParts = sentenceParts == null ? List.of() : List.copyOf(sentenceParts);
        rawValues = List.copyOf(rawValues);
    }

    @Override
    public String toString() {
        return "MappedRow[line " + lineNumber + ", " + kind + ", " + personId + "/" + caseId + "/" + chargeId + "]";
    }
}
