package org.recordrelief.adapter.mapping;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.recordrelief.adapter.RowKind;
import org.recordrelief.adapter.RowKindRule;
import org.recordrelief.formats.SourceRow;
import org.recordrelief.model.PersonEventType;

/** Applies the descriptor's row-kind rules in order; a row no rule matches is reported. */
public final class RowKindClassifier {

    /** A row's kind, and for an event row which event. */
    public record Kind(RowKind kind, PersonEventType event) {
    }

    private record Rule(String column, Set<String> equals, Pattern matches, Kind kind) {
        boolean test(SourceRow row) {
            if (column == null) {
                return true;
            }
            String v = row.get(column);
            v = v == null ? "" : v.trim();
            return (equals != null && equals.contains(v.toUpperCase(Locale.ROOT)))
                    || (matches != null && matches.matcher(v).find());
        }
    }

    private static final Kind CHARGE = new Kind(RowKind.CHARGE, null);

    private final List<Rule> rules;
    private final Set<String> personalColumns;

    public RowKindClassifier(List<RowKindRule> rules) {
        this(rules, Set.of());
    }

    /** @param personalColumns columns whose values must not appear in a message (upper case) */
    public RowKindClassifier(List<RowKindRule> rules, Set<String> personalColumns) {
        this.personalColumns = personalColumns;
        this.rules = rules == null ? List.of() : rules.stream().map(r -> new Rule(
                r.when() == null ? null : r.when().column(),
                r.when() == null || r.when().equals() == null ? null
                        : r.when().equals().stream().map(s -> s.trim().toUpperCase(Locale.ROOT)).collect(Collectors.toSet()),
                r.when() == null || r.when().matches() == null ? null : Pattern.compile(r.when().matches()),
                new Kind(r.kind(), r.event()))).toList();
    }

    public Kind classify(SourceRow row) {
        if (rules.isEmpty()) {
            return CHARGE;
        }
        for (Rule rule : rules) {
            if (rule.test(row)) {
                return rule.kind();
            }
        }
        List<String> tested = rules.stream().map(Rule::column).filter(c -> c != null).distinct().toList();
        String values = tested.stream().map(c -> personalColumns.contains(c.toUpperCase(Locale.ROOT))
                ? c + " (value not shown: personal data)" : c + " = '" + (row.get(c) == null ? "" : row.get(c).trim()) + "'")
                .collect(Collectors.joining(", "));
        throw new MappingProblem(String.join("+", tested) + " (rowKinds)", "no row-kind rule matches " + values
                + " (add a rule for this value, or a last rule without 'when')");
    }
}
