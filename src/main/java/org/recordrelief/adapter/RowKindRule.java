package org.recordrelief.adapter;

import java.util.List;
import org.recordrelief.model.PersonEventType;

/**
 * Says what kind of row a source row is: a charge (a count to evaluate), an event (a PC 290 registration
 * or a death) or other (kept and written back, not evaluated). The first rule whose {@code when} matches
 * decides; a rule without {@code when} matches every row. {@code when} is one test, or a list of tests
 * that must all hold (a registration step whose offence is PC 290, say).
 */
public record RowKindRule(List<When> when, RowKind kind, PersonEventType event) {

    /** A test on one column: equal to one of the values (case-insensitive), or matching a regex. */
    public record When(String column, List<String> equals, String matches) {
    }
}
