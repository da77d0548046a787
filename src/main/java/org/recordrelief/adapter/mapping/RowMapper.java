package org.recordrelief.adapter.mapping;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.Map;
import java.util.Objects;
import org.recordrelief.adapter.RowKind;
import org.recordrelief.formats.SourceRow;
import org.recordrelief.model.DispositionClass;
import org.recordrelief.model.IdentifierType;
import org.recordrelief.model.OffenceLevel;
import org.recordrelief.model.PersonIdentifier;
import org.recordrelief.model.PersonName;
import org.recordrelief.model.SentencePart;
import org.recordrelief.model.SentenceType;
import org.recordrelief.model.code.ChargeCode;

/**
 * Maps source rows to canonical values with a county's compiled descriptor. Every row comes back either
 * mapped or quarantined with the field and the reason; nothing throws and nothing is dropped.
 * One mapper serves one run on one thread at a time: it remembers the last person's and case's ids.
 */
public final class RowMapper {

    /** Readers for the person fields. */
    public record PersonReaders(KeyReader key, FieldReader<PersonName> name, FieldReader<LocalDate> dateOfBirth,
                                Map<IdentifierType, FieldReader<String>> identifiers) {
    }

    /** Readers for the case fields; {@code key} is null when every row is its own case. */
    public record CaseReaders(KeyReader key, FieldReader<String> caseNumber, FieldReader<String> court,
                              FieldReader<String> county, FieldReader<LocalDate> arrestDate) {
    }

    /** Readers for one sentence part. */
    public record PartReaders(FieldReader<SentenceType> type, FieldReader<Long> length,
                              FieldReader<SentenceUnit> unit, FieldReader<LocalDate> endDate) {
    }

    /** Readers for the charge fields; {@code key} is null when every row is its own count. */
    public record ChargeReaders(KeyReader key, FieldReader<String> countNumber, FieldReader<ChargeCode> code,
                                FieldReader<LocalDate> offenceDate, FieldReader<DispositionClass> disposition,
                                FieldReader<LocalDate> convictionDate, FieldReader<OffenceLevel> level,
                                FieldReader<LocalDate> sentenceDate, List<PartReaders> parts,
                                FieldReader<Boolean> sentenceComplete) {
    }

    private final String county;
    private final RowKindClassifier kinds;
    private final PersonReaders person;
    private final CaseReaders caseReaders;
    private final ChargeReaders charge;
    private final FieldReader<LocalDate> eventDate;
    private final Pseudonymizer pseudonymizer;
    private final LocalDate today;
    private final Predicate<String> mayConcernRules;
    private String lastKey;
    private String lastPersonId;
    private String lastCaseOf;
    private String lastCaseKey;
    private String lastCaseId;
    private final IdentifierType[] identifierTypes;
    private final FieldReader<String>[] identifierReaders;
    private String[] lastIdentifierValues;
    private List<PersonIdentifier> lastIdentifiers;

    /**
     * @param mayConcernRules whether code text may name an offence the county's rule set decides: a quarantined
     *                        row with such text is marked for a reviewer
     */
    public RowMapper(String county, RowKindClassifier kinds, PersonReaders person, CaseReaders caseReaders,
                     ChargeReaders charge, FieldReader<LocalDate> eventDate, Pseudonymizer pseudonymizer,
                     LocalDate today, Predicate<String> mayConcernRules) {
        this.county = county;
        this.kinds = kinds;
        this.person = person;
        this.caseReaders = caseReaders;
        this.charge = charge;
        this.eventDate = eventDate;
        this.pseudonymizer = pseudonymizer;
        this.today = today;
        this.mayConcernRules = mayConcernRules;
        this.identifierTypes = person.identifiers().keySet().toArray(IdentifierType[]::new);
        this.identifierReaders = identifierReaders(person);
    }

    /**
     * The person key of a row as the export writes it, or null when the row cannot name its person (the key
     * is empty, or the row itself is damaged). Rows with equal keys belong to one person.
     */
    public String personKey(SourceRow row) {
        if (row.hasProblem()) {
            return null;
        }
        try {
            return person.key().read(row);
        } catch (MappingProblem unreadable) {
            return null;
        }
    }

    /** The pseudonymous id of a person key; a person's rows come together, so the last one is kept. */
    private String personId(String key) {
        if (!key.equals(lastKey)) {
            lastKey = key;
            lastPersonId = pseudonymizer.personId(county, key);
        }
        return lastPersonId;
    }

    /** The pseudonymous id of a case; a case's rows usually come together, so the last one is kept. */
    private String caseId(String personId, String caseKey) {
        if (!personId.equals(lastCaseOf) || !caseKey.equals(lastCaseKey)) {
            lastCaseOf = personId;
            lastCaseKey = caseKey;
            lastCaseId = pseudonymizer.caseId(personId, caseKey);
        }
        return lastCaseId;
    }

    public RowResult map(SourceRow row) {
        return map(row, null);
    }

    /**
     * @param personKey the row's person key when it was already read ({@link #personKey}, as rows are grouped
     *                  by person), else null: reading it again costs a row's time, on another thread
     */
    public RowResult map(SourceRow row, String personKey) {
        if (row.hasProblem()) {
            // The values may sit in the wrong columns: any of them naming an offence the rules decide is enough.
            return new QuarantinedRow(row.lineNumber(), row.problem().field(), row.problem().reason(), null, true,
                    row.values().stream().anyMatch(mayConcernRules));
        }
        String personId = null;
        RowKind rowKind = null;
        try {
            // The person first, so that a row of an unknown kind still marks its person's history incomplete.
            personId = personId(personKey != null ? personKey : person.key().read(row));
            RowKindClassifier.Kind kind = kinds.classify(row);
            rowKind = kind.kind();
            if (kind.kind() == RowKind.OTHER) {
                return MappedRow.other(row.lineNumber(), personId, row.values());
            }
            PersonName name = read(person.name(), row);
            LocalDate dob = read(person.dateOfBirth(), row);
            List<PersonIdentifier> ids = identifiers(row);
            notAfterToday(dob, person.dateOfBirth());
            if (kind.kind() == RowKind.EVENT) {
                return new MappedRow(row.lineNumber(), RowKind.EVENT, personId, null, null,
                        new MappedRow.PersonPart(name, dob, ids), null, null,
                        new MappedRow.EventPart(kind.event(), read(eventDate, row)), row.values());
            }
            return mapCharge(row, personId, name, dob, ids);
        } catch (MappingProblem p) {
            return quarantined(row, p, personId, rowKind);
        }
    }

    /**
     * A row that could not be mapped, with what is still known of it: whether it may hold a record the rules
     * need about the person, and whether it may itself be a conviction they decide.
     */
    private QuarantinedRow quarantined(SourceRow row, MappingProblem p, String personId, RowKind kind) {
        DispositionClass disposition = kind == RowKind.EVENT ? null : quietly(charge.disposition(), row);
        boolean notAConviction = kind == RowKind.OTHER || (disposition != null && disposition != DispositionClass.CONVICTED);
        boolean mayBeDecided = !notAConviction && kind != RowKind.EVENT && mayConcernRules.test(quietlyText(row));
        return new QuarantinedRow(row.lineNumber(), p.field(), p.reason(), personId, !notAConviction, mayBeDecided);
    }

    private static <T> T quietly(FieldReader<T> reader, SourceRow row) {
        try {
            return read(reader, row);
        } catch (MappingProblem unreadable) {
            return null;
        }
    }

    private String quietlyText(SourceRow row) {
        try {
            return charge.code().effectiveText(row);
        } catch (MappingProblem unreadable) {
            return null;
        }
    }

    private MappedRow mapCharge(SourceRow row, String personId, PersonName name, LocalDate dob,
                                List<PersonIdentifier> ids) {
        String caseKey = caseReaders.key() == null ? "line " + row.lineNumber() : caseReaders.key().read(row);
        String caseId = caseId(personId, caseKey);
        String chargeId = chargeId(row);
        ChargeCode code = charge.code().read(row);
        DispositionClass disposition = charge.disposition().read(row);
        LocalDate convicted = read(charge.convictionDate(), row);
        LocalDate offence = read(charge.offenceDate(), row);
        LocalDate arrested = read(caseReaders.arrestDate(), row);
        notAfterToday(convicted, charge.convictionDate());
        check(convicted == null || dob == null || !convicted.isBefore(dob), charge.convictionDate(),
                "is before the date of birth");
        // The age at the offence is read from these dates: one before the birth would make the age unknown.
        check(offence == null || dob == null || !offence.isBefore(dob), charge.offenceDate(),
                "is before the date of birth");
        check(arrested == null || dob == null || !arrested.isBefore(dob), caseReaders.arrestDate(),
                "is before the date of birth");
        notAfterToday(arrested, caseReaders.arrestDate());
        check(offence == null || convicted == null || !offence.isAfter(convicted), charge.offenceDate(),
                "is after the conviction date");
        // A disposition date on a dismissal is not a conviction date; it is checked above, then dropped.
        LocalDate convictionDate = disposition == DispositionClass.CONVICTED ? convicted : null;
        return new MappedRow(row.lineNumber(), RowKind.CHARGE, personId, caseId, chargeId,
                new MappedRow.PersonPart(name, dob, ids),
                new MappedRow.CasePart(read(caseReaders.caseNumber(), row), read(caseReaders.court(), row),
                        read(caseReaders.county(), row), arrested),
                new MappedRow.ChargePart(read(charge.countNumber(), row), charge.code().effectiveText(row), code,
                        offence, disposition, charge.disposition().effectiveText(row), convictionDate,
                        read(charge.level(), row), read(charge.sentenceDate(), row), sentenceParts(row),
                        read(charge.sentenceComplete(), row)),
                null, row.values());
    }

    private String chargeId(SourceRow row) {
        if (charge.key() == null) {
            return "L" + row.lineNumber();
        }
        String key = charge.key().read(row);
        // the parts are checked where they stand: no strings split off and joined again for every charge row
        for (int from = 0, to; from <= key.length(); from = to + 1) {
            to = key.indexOf('\u001F', from);
            if (to < 0) {
                to = key.length();
            }
            if (!isSimple(key, from, to)) {
                return "k-" + Integer.toHexString(key.hashCode());
            }
        }
        return key.replace('\u001F', '.');
    }

    /** One to twelve ASCII letters or digits: safe to show in an id as it is. */
    private static boolean isSimple(String key, int from, int to) {
        if (from == to || to - from > 12) {
            return false;
        }
        for (int i = from; i < to; i++) {
            char c = key.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z')) {
                return false;
            }
        }
        return true;
    }

    @SuppressWarnings("unchecked")
    private static FieldReader<String>[] identifierReaders(PersonReaders person) {
        return person.identifiers().values().toArray(FieldReader[]::new);
    }

    /** The row's identifiers; a person's rows repeat them, so the list made for the row before serves while they do. */
    private List<PersonIdentifier> identifiers(SourceRow row) {
        String[] values = new String[identifierTypes.length];
        boolean same = lastIdentifiers != null;
        for (int i = 0; i < values.length; i++) {
            values[i] = identifierReaders[i].read(row);
            same = same && Objects.equals(values[i], lastIdentifierValues[i]);
        }
        if (!same) {
            List<PersonIdentifier> ids = new ArrayList<>(values.length);
            for (int i = 0; i < values.length; i++) {
                if (values[i] != null) {
                    ids.add(new PersonIdentifier(identifierTypes[i], values[i]));
                }
            }
            lastIdentifiers = List.copyOf(ids);
            lastIdentifierValues = values;
        }
        return lastIdentifiers;
    }

    private List<SentencePart> sentenceParts(SourceRow row) {
        List<SentencePart> parts = new ArrayList<>();
        for (PartReaders p : charge.parts()) {
            SentenceType type = read(p.type(), row);
            Long length = read(p.length(), row);
            LocalDate endDate = read(p.endDate(), row);
            if (length == null && endDate == null) {
                if (type != null) {
                    parts.add(new SentencePart(type, null, null));
                }
                continue;
            }
            SentenceUnit unit = read(p.unit(), row);
            check(length == null || unit != null, p.unit() != null ? p.unit() : p.length(),
                    "is missing: a sentence length needs its unit");
            check(length == null || length >= 0, p.length(), "is negative");
            check(length == null || length <= SentenceUnit.MAX_AMOUNT, p.length(), "is too large for a sentence length");
            // A length without a type still ends somewhere: the part is kept with its type unknown.
            parts.add(new SentencePart(type == null ? SentenceType.UNKNOWN : type,
                    length == null ? null : unit.of(length.intValue()), endDate));
        }
        return parts;
    }

    private static <T> T read(FieldReader<T> reader, SourceRow row) {
        return reader == null ? null : reader.read(row);
    }

    /** A date after today is refused; for a two-digit year the pivot is named, the likely cause. */
    private void notAfterToday(LocalDate date, FieldReader<?> field) {
        if (date != null && date.isAfter(today)) {
            throw new MappingProblem(field == null ? "(row)" : field.label(), "is after today"
                    + (field == null ? "" : field.pivotNote()));
        }
    }

    private static void check(boolean ok, FieldReader<?> field, String reason) {
        if (!ok) {
            throw new MappingProblem(field == null ? "(row)" : field.label(), reason);
        }
    }
}
