package org.recordrelief.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.recordrelief.adapter.RowKind;
import org.recordrelief.adapter.mapping.MappedRow;
import org.recordrelief.adapter.mapping.QuarantinedRow;
import org.recordrelief.model.Charge;
import org.recordrelief.model.CourtCase;
import org.recordrelief.model.Person;
import org.recordrelief.model.PersonEvent;
import org.recordrelief.model.PersonHistory;
import org.recordrelief.model.PersonIdentifier;
import org.recordrelief.model.PersonName;
import org.recordrelief.model.Sentence;
import org.recordrelief.model.SentencePart;

/**
 * Builds one person's history from their mapped rows (in line order). Rows with the same case and
 * charge ids are one count: the first row describes it and every row adds its sentence parts (DOJ writes
 * one row per sentence part). A row identical to an earlier one is an exact duplicate and goes back to
 * quarantine rather than counting twice.
 */
public final class HistoryAssembler {

    /**
     * The history, the first line of each count by case and count id (for write-back) and the duplicates found.
     * Counts are told apart by both ids, never by a text joining them: case "A" count "1/2" is not case "A/1"
     * count "2".
     */
    public record Assembled(PersonHistory history, Map<String, Map<String, Long>> firstLines,
                            List<QuarantinedRow> duplicates) {

        /** The first input line of a count of this history. */
        public long firstLine(String caseId, String chargeId) {
            return firstLines.get(caseId).get(chargeId);
        }
    }

    private static final class ChargeBuilder {
        final MappedRow first;
        final List<SentencePart> parts = new ArrayList<>();

        ChargeBuilder(MappedRow first) {
            this.first = first;
        }

        Charge build() {
            MappedRow.ChargePart c = first.charge();
            Sentence sentence = c.sentenceDate() == null && parts.isEmpty() && c.sentenceComplete() == null
                    ? Sentence.NONE : new Sentence(c.sentenceDate(), parts, c.sentenceComplete());
            return new Charge(first.chargeId(), c.countNumber(), c.rawCode(), c.code(),
                    c.offenceDate(), c.disposition(), c.dispositionText(), c.convictionDate(), c.level(), sentence);
        }
    }

    /** Which count a row belongs to (a row that is not a charge has a kind of its own). */
    private record CountKey(RowKind kind, String caseId, String chargeId) {

        /** Written out: a record's own hashCode goes through a method handle that a large caller may not inline. */
        @Override
        public int hashCode() {
            return (31 * kind.hashCode() + Objects.hashCode(caseId)) * 31 + Objects.hashCode(chargeId);
        }
    }

    public Assembled assemble(String personId, List<MappedRow> rows) {
        // Identical rows map to the same count, so a row is only compared with the earlier rows of its count.
        Map<CountKey, List<MappedRow>> seenByCount = new HashMap<>();
        List<QuarantinedRow> duplicates = new ArrayList<>();
        Map<String, MappedRow> caseFirstRow = new LinkedHashMap<>();
        Map<String, Map<String, ChargeBuilder>> charges = new LinkedHashMap<>();
        List<PersonEvent> events = new ArrayList<>();
        PersonName name = null;
        java.time.LocalDate dob = null;
        // an identifier equals another of the same type and value (a record): each row repeats them
        Map<PersonIdentifier, PersonIdentifier> ids = new LinkedHashMap<>();
        List<PersonIdentifier> idsOfRowBefore = null;
        for (MappedRow r : rows) {
            List<MappedRow> sameCount = seenByCount.computeIfAbsent(new CountKey(r.kind(), r.caseId(), r.chargeId()),
                    k -> new ArrayList<>(2));
            MappedRow earlier = identical(sameCount, r);
            if (earlier != null) {
                duplicates.add(QuarantinedRow.duplicate(r.lineNumber(), earlier.lineNumber(), personId));
                continue;
            }
            sameCount.add(r);
            if (r.kind() == RowKind.OTHER) {
                continue;
            }
            name = name != null ? name : r.person().name();
            dob = dob != null ? dob : r.person().dateOfBirth();
            // A row whose list is the row before's adds nothing: the lists cannot change, and the mapper (through
            // PersonPart's List.copyOf of its unmodifiable list) hands on one list while a person's ids repeat.
            if (r.person().identifiers() != idsOfRowBefore) {
                idsOfRowBefore = r.person().identifiers();
                idsOfRowBefore.forEach(id -> ids.putIfAbsent(id, id));
            }
            if (r.kind() == RowKind.EVENT) {
                events.add(new PersonEvent(r.event().type(), r.event().date()));
                continue;
            }
            caseFirstRow.putIfAbsent(r.caseId(), r);
            ChargeBuilder charge = charges.computeIfAbsent(r.caseId(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(r.chargeId(), k -> new ChargeBuilder(r));
            charge.parts.addAll(r.charge().sentenceParts());
        }
        Map<String, Map<String, Long>> firstLines = new HashMap<>();
        charges.forEach((caseId, byCharge) -> {
            Map<String, Long> lines = new HashMap<>();
            byCharge.forEach((chargeId, charge) -> lines.put(chargeId, charge.first.lineNumber()));
            firstLines.put(caseId, lines);
        });
        List<CourtCase> cases = new ArrayList<>();
        caseFirstRow.forEach((caseId, r) -> cases.add(new CourtCase(caseId, r.courtCase().caseNumber(),
                r.courtCase().court(), r.courtCase().county(), r.courtCase().arrestDate(),
                charges.get(caseId).values().stream().map(ChargeBuilder::build).toList())));
        Person person = new Person(personId, name, dob, List.copyOf(ids.values()));
        return new Assembled(new PersonHistory(person, cases, events), firstLines, duplicates);
    }

    private static MappedRow identical(List<MappedRow> earlier, MappedRow row) {
        for (MappedRow e : earlier) {
            if (e.rawValues().equals(row.rawValues())) {
                return e;
            }
        }
        return null;
    }
}
