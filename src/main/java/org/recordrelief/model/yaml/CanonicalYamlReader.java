package org.recordrelief.model.yaml;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.recordrelief.model.Charge;
import org.recordrelief.model.CourtCase;
import org.recordrelief.model.DispositionClass;
import org.recordrelief.model.IdentifierType;
import org.recordrelief.model.OffenceLevel;
import org.recordrelief.model.Person;
import org.recordrelief.model.PersonEvent;
import org.recordrelief.model.PersonEventType;
import org.recordrelief.model.PersonHistory;
import org.recordrelief.model.PersonIdentifier;
import org.recordrelief.model.PersonName;
import org.recordrelief.model.Sentence;
import org.recordrelief.model.SentencePart;
import org.recordrelief.model.SentenceType;
import org.recordrelief.model.code.CodeSectionParser;

/**
 * Reads canonical histories written as YAML, one list item per person (the format docs/canonical-model.md
 * shows). Used for the bundled canonical sample and for tests; it streams, one person at a time.
 */
public final class CanonicalYamlReader {

    private static final Pattern SENTENCE_PART = Pattern.compile("^\\s*([A-Za-z]+)\\s+(\\d+)\\s*([DMYdmy])\\s*$");

    private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
            .registerModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private final CodeSectionParser parser = new CodeSectionParser();

    record NameDoc(String last, String first, String middle) {
    }

    record IdentifierDoc(IdentifierType type, String value) {
    }

    record EventDoc(PersonEventType type, LocalDate date) {
    }

    record SentenceDoc(LocalDate date, List<String> parts, Boolean complete) {
    }

    record ChargeDoc(String id, String count, String code, LocalDate offence, DispositionClass disposition,
                     String dispositionText, OffenceLevel level, LocalDate convicted, SentenceDoc sentence) {
    }

    record CaseDoc(String id, String caseNumber, String court, String county, LocalDate arrested,
                   List<ChargeDoc> charges) {
    }

    record PersonDoc(String person, NameDoc name, LocalDate dob, List<IdentifierDoc> identifiers,
                     List<EventDoc> events, List<CaseDoc> cases) {
    }

    /** Streams the persons of a YAML list; the caller closes the stream. */
    public Iterator<PersonHistory> read(InputStream in) {
        try {
            MappingIterator<PersonDoc> docs = yaml.readerFor(PersonDoc.class).readValues(in);
            return new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return docs.hasNext();
                }

                @Override
                public PersonHistory next() {
                    return toHistory(docs.next());
                }
            };
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<PersonHistory> readAll(InputStream in) {
        List<PersonHistory> all = new ArrayList<>();
        read(in).forEachRemaining(all::add);
        return all;
    }

    private PersonHistory toHistory(PersonDoc doc) {
        PersonName name = doc.name() == null ? null
                : new PersonName(doc.name().last(), doc.name().first(), doc.name().middle());
        List<PersonIdentifier> ids = doc.identifiers() == null ? List.of()
                : doc.identifiers().stream().map(i -> new PersonIdentifier(i.type(), i.value())).toList();
        List<PersonEvent> events = doc.events() == null ? List.of()
                : doc.events().stream().map(e -> new PersonEvent(e.type(), e.date())).toList();
        List<CourtCase> cases = doc.cases() == null ? List.of() : doc.cases().stream().map(this::toCase).toList();
        return new PersonHistory(new Person(doc.person(), name, doc.dob(), ids), cases, events);
    }

    private CourtCase toCase(CaseDoc doc) {
        List<Charge> charges = new ArrayList<>();
        int n = 0;
        for (ChargeDoc c : doc.charges() == null ? List.<ChargeDoc>of() : doc.charges()) {
            n++;
            String count = c.count() == null ? String.valueOf(n) : c.count();
            charges.add(new Charge(c.id() == null ? count : c.id(), count, c.code(),
                    parser.parse(c.code()), c.offence(), c.disposition(), c.dispositionText(), c.convicted(),
                    c.level(), toSentence(c.sentence())));
        }
        return new CourtCase(doc.id(), doc.caseNumber(), doc.court(), doc.county(), doc.arrested(), charges);
    }

    private static Sentence toSentence(SentenceDoc doc) {
        if (doc == null) {
            return Sentence.NONE;
        }
        List<SentencePart> parts = new ArrayList<>();
        for (String text : doc.parts() == null ? List.<String>of() : doc.parts()) {
            Matcher m = SENTENCE_PART.matcher(text);
            if (!m.matches()) {
                throw new IllegalArgumentException("sentence part '" + text + "' is not like 'PROBATION 3Y'");
            }
            int amount = Integer.parseInt(m.group(2));
            Period length = switch (m.group(3).toUpperCase(Locale.ROOT)) {
                case "D" -> Period.ofDays(amount);
                case "M" -> Period.ofMonths(amount);
                default -> Period.ofYears(amount);
            };
            parts.add(SentencePart.of(SentenceType.valueOf(m.group(1).toUpperCase(Locale.ROOT)), length));
        }
        return new Sentence(doc.date(), parts, doc.complete());
    }
}
