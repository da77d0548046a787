package org.recordrelief.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Everything one export knows about one person: the unit the rule evaluator works on. Cases from other
 * counties belong here too, because they count as history (priors, crime-free years, only conviction).
 *
 * @param person          who the history belongs to
 * @param cases           every cycle of the person, in any county
 * @param events          PC 290 registrations and death
 * @param unreadableLines lines of the export that belong to this person but could not be read (they are
 *                        in quarantine): while there are any, the history may be incomplete
 */
public record PersonHistory(Person person, List<CourtCase> cases, List<PersonEvent> events,
                            List<Long> unreadableLines) {

    public PersonHistory {
        Objects.requireNonNull(person, "person");
        cases = cases == null ? List.of() : List.copyOf(cases);
        events = events == null ? List.of() : List.copyOf(events);
        unreadableLines = unreadableLines == null ? List.of() : List.copyOf(unreadableLines);
    }

    /** A history every record of which could be read. */
    public PersonHistory(Person person, List<CourtCase> cases, List<PersonEvent> events) {
        this(person, cases, events, List.of());
    }

    /** True when some record of the person could not be read, so rules that need the whole history cannot rely on it. */
    public boolean isIncomplete() {
        return !unreadableLines.isEmpty();
    }

    /** The same history, with the lines of the export that belong to the person but could not be read. */
    public PersonHistory withUnreadableLines(List<Long> lines) {
        return new PersonHistory(person, cases, events, lines);
    }

    /** Every count the person was convicted of. */
    public Stream<CaseCharge> convictions() {
        return convictionList().stream();
    }

    /**
     * The same, in the order of the export, as a list. Asked for every person of an export (most have one
     * conviction or none), so gathered by plain loops rather than a stream of streams.
     */
    public List<CaseCharge> convictionList() {
        List<CaseCharge> found = new ArrayList<>();
        for (CourtCase courtCase : cases) {
            for (Charge charge : courtCase.charges()) {
                if (charge.isConviction()) {
                    found.add(new CaseCharge(courtCase, charge));
                }
            }
        }
        return Collections.unmodifiableList(found);
    }

    public boolean hasEvent(PersonEventType type) {
        return events.stream().anyMatch(e -> e.type() == type);
    }

    @Override
    public String toString() {
        return "PersonHistory[" + person.personId() + ", cases=" + cases.size() + "]";
    }
}
