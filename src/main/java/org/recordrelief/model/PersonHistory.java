package org.recordrelief.model;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Everything one export knows about one person: the unit the rule evaluator works on. Cases from other
 * counties belong here too, because they count as history (priors, crime-free years, only conviction).
 */
public record PersonHistory(Person person, List<CourtCase> cases, List<PersonEvent> events) {

    public PersonHistory {
        Objects.requireNonNull(person, "person");
        cases = cases == null ? List.of() : List.copyOf(cases);
        events = events == null ? List.of() : List.copyOf(events);
    }

    /** Every count with its case, in the order of the export. */
    public Stream<CaseCharge> charges() {
        return cases.stream().flatMap(c -> c.charges().stream().map(ch -> new CaseCharge(c, ch)));
    }

    /** Every count the person was convicted of. */
    public Stream<CaseCharge> convictions() {
        return charges().filter(cc -> cc.charge().isConviction());
    }

    public boolean hasEvent(PersonEventType type) {
        return events.stream().anyMatch(e -> e.type() == type);
    }

    @Override
    public String toString() {
        return "PersonHistory[" + person.personId() + ", cases=" + cases.size() + "]";
    }
}
