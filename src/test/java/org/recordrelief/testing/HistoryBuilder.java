package org.recordrelief.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.recordrelief.model.Charge;
import org.recordrelief.model.CourtCase;
import org.recordrelief.model.DispositionClass;
import org.recordrelief.model.OffenceLevel;
import org.recordrelief.model.Person;
import org.recordrelief.model.PersonEvent;
import org.recordrelief.model.PersonEventType;
import org.recordrelief.model.PersonHistory;
import org.recordrelief.model.Sentence;
import org.recordrelief.model.SentencePart;
import org.recordrelief.model.code.CodeSectionParser;

/**
 * Builds a person's history for tests in a few readable lines. The conviction under test has charge id
 * {@code main} in case {@code c-main}; every other record gets its own case unless added to the main one.
 */
public final class HistoryBuilder {

    public static final String HOME = "SACRAMENTO";
    public static final String ELSEWHERE = "LOS ANGELES";
    private static final CodeSectionParser PARSER = new CodeSectionParser();

    private final String personId;
    private LocalDate dob;
    private final List<CourtCase> cases = new ArrayList<>();
    private final List<Charge> mainCaseExtra = new ArrayList<>();
    private final List<PersonEvent> events = new ArrayList<>();
    private final List<Long> unreadableLines = new ArrayList<>();
    private Charge main;
    private LocalDate mainArrest;
    private String mainCounty = HOME;
    private int next = 1;

    private HistoryBuilder(String personId) {
        this.personId = personId;
    }

    public static HistoryBuilder person(String personId) {
        return new HistoryBuilder(personId);
    }

    public HistoryBuilder born(String date) {
        dob = date == null ? null : LocalDate.parse(date);
        return this;
    }

    /** The conviction under test; the arrest (offence) date defaults to the conviction date. */
    public HistoryBuilder convicted(String code, OffenceLevel level, String date) {
        LocalDate d = date == null ? null : LocalDate.parse(date);
        main = charge("main", 1, code, level, d, Sentence.NONE);
        mainArrest = d;
        return this;
    }

    /** @param date the arrest (offence) date, or null for a record that has none */
    public HistoryBuilder offenceOn(String date) {
        mainArrest = date == null ? null : LocalDate.parse(date);
        return this;
    }

    public HistoryBuilder inCounty(String county) {
        mainCounty = county;
        return this;
    }

    public HistoryBuilder sentence(String sentenceDate, SentencePart... parts) {
        main = withSentence(main, Sentence.of(sentenceDate == null ? null : LocalDate.parse(sentenceDate), parts));
        return this;
    }

    /** Another conviction, in its own case in the home county. */
    public HistoryBuilder prior(String code, OffenceLevel level, String date) {
        return otherCase(HOME, charge("x" + next, 1, code, level, date == null ? null : LocalDate.parse(date),
                Sentence.NONE));
    }

    /** Another conviction with a sentence, in its own case in the home county. */
    public HistoryBuilder prior(String code, OffenceLevel level, String date, String sentenceDate, SentencePart... parts) {
        return otherCase(HOME, charge("x" + next, 1, code, level, LocalDate.parse(date),
                Sentence.of(LocalDate.parse(sentenceDate), parts)));
    }

    /** Another conviction, in its own case in another county. */
    public HistoryBuilder elsewhere(String code, OffenceLevel level, String date) {
        return otherCase(ELSEWHERE, charge("x" + next, 1, code, level, LocalDate.parse(date), Sentence.NONE));
    }

    /** Another count of the main case, convicted on the same day. */
    public HistoryBuilder sameCase(String code, OffenceLevel level) {
        mainCaseExtra.add(charge("m" + (mainCaseExtra.size() + 2), mainCaseExtra.size() + 2, code, level,
                main.convictionDate(), Sentence.NONE));
        return this;
    }

    /** Another count of the main case that did not end in a conviction. */
    public HistoryBuilder sameCaseDismissed(String code) {
        mainCaseExtra.add(new Charge("m" + (mainCaseExtra.size() + 2), String.valueOf(mainCaseExtra.size() + 2), code,
                PARSER.parse(code), null, DispositionClass.DISMISSED, "DISMISSED", null, OffenceLevel.UNKNOWN,
                Sentence.NONE));
        return this;
    }

    public HistoryBuilder registered290(String date) {
        events.add(new PersonEvent(PersonEventType.PC290_REGISTRATION, date == null ? null : LocalDate.parse(date)));
        return this;
    }

    public HistoryBuilder deceased() {
        events.add(new PersonEvent(PersonEventType.DECEASED, null));
        return this;
    }

    /** Lines of the export that belong to this person but were quarantined. */
    public HistoryBuilder unreadable(long... lines) {
        for (long line : lines) {
            unreadableLines.add(line);
        }
        return this;
    }

    public PersonHistory build() {
        List<CourtCase> all = new ArrayList<>(cases);
        if (main != null) {
            List<Charge> charges = new ArrayList<>();
            charges.add(main);
            charges.addAll(mainCaseExtra);
            all.add(0, new CourtCase("c-main", "CASE-MAIN", "Superior Court", mainCounty, mainArrest, charges));
        }
        return new PersonHistory(new Person(personId, null, dob, List.of()), all, events, unreadableLines);
    }

    private HistoryBuilder otherCase(String county, Charge charge) {
        cases.add(new CourtCase("c" + next, "CASE-" + next, "Superior Court", county, charge.convictionDate(),
                List.of(charge)));
        next++;
        return this;
    }

    private static Charge charge(String id, int count, String code, OffenceLevel level, LocalDate date,
                                 Sentence sentence) {
        return new Charge(id, String.valueOf(count), code, PARSER.parse(code), null, DispositionClass.CONVICTED, "CONVICTED", date,
                level, sentence);
    }

    private static Charge withSentence(Charge c, Sentence s) {
        return new Charge(c.chargeId(), c.countNumber(), c.rawCode(), c.code(), c.offenceDate(), c.disposition(),
                c.dispositionText(), c.convictionDate(), c.level(), s);
    }
}
