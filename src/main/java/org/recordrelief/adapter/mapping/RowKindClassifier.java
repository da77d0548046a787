package org.recordrelief.adapter.mapping;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.recordrelief.adapter.RowKind;
import org.recordrelief.adapter.RowKindRule;
import org.recordrelief.formats.ColumnRef;
import org.recordrelief.formats.SourceRow;
import org.recordrelief.model.PersonEventType;

/** Applies the descriptor's row-kind rules in order; a row no rule matches is reported. */
public final class RowKindClassifier {

    /** A row's kind, and for an event row which event. */
    public record Kind(RowKind kind, PersonEventType event) {
    }

    /**
     * One test on one column: equal to one of the values (case-insensitive), or matching a regex. A regex's
     * answer is remembered per distinct text: the columns rules test (a step type, an offence) repeat. The
     * answer for the value read last is kept too: a column gives back the same string while its value repeats.
     */
    private static final class Test {

        private final ColumnRef ref;
        private final Set<String> equals;
        private final Memo<Boolean> found;
        private final LastAnswer<Boolean> answered = new LastAnswer<>(this::holds);

        Test(ColumnRef ref, Set<String> equals, Memo<Boolean> found) {
            this.ref = ref;
            this.equals = equals;
            this.found = found;
        }

        String column() {
            return ref.name();
        }

        boolean holds(SourceRow row) {
            return answered.apply(ref.read(row));
        }

        private boolean holds(String read) {
            String v = read == null ? "" : read.trim();
            // most exports write their codes in upper case already: only other values pay for the conversion
            return (equals != null && (equals.contains(v) || equals.contains(v.toUpperCase(Locale.ROOT))))
                    || (found != null && find(v));
        }

        private boolean find(String v) {
            try {
                return found.apply(v);
            } catch (BoundedMatch.TooSlow slow) {
                throw new MappingProblem(ref.name() + " (rowKinds)", slow.getMessage());
            }
        }
    }

    /** A rule matches when all its tests hold; a rule without tests matches every row. */
    private record Rule(List<Test> tests, Kind kind) {
        boolean matches(SourceRow row) {
            for (Test t : tests) {
                if (!t.holds(row)) {
                    return false;
                }
            }
            return true;
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
                r.when() == null ? List.of() : r.when().stream().map(RowKindClassifier::test).toList(),
                new Kind(r.kind(), r.event()))).toList();
    }

    private static Test test(RowKindRule.When w) {
        Pattern matches = w.matches() == null ? null : Pattern.compile(w.matches());
        return new Test(new ColumnRef(w.column()), w.equals() == null ? null
                : w.equals().stream().map(s -> s.trim().toUpperCase(Locale.ROOT)).collect(Collectors.toSet()),
                matches == null ? null : Memo.finding(matches));
    }

    public Kind classify(SourceRow row) {
        if (rules.isEmpty()) {
            return CHARGE;
        }
        for (Rule rule : rules) {
            if (rule.matches(row)) {
                return rule.kind();
            }
        }
        // The first test of each rule says what the rules sort by (a step type); later tests only narrow it.
        List<String> tested = rules.stream().filter(r -> !r.tests().isEmpty()).map(r -> r.tests().get(0).column())
                .distinct().toList();
        String values = tested.stream().map(c -> personalColumns.contains(c.toUpperCase(Locale.ROOT))
                ? c + " (value not shown: personal data)" : c + " = " + Quoted.of(row.get(c) == null ? "" : row.get(c).trim()))
                .collect(Collectors.joining(", "));
        throw new MappingProblem(String.join("+", tested) + " (rowKinds)", "no row-kind rule matches " + values
                + " (add a rule for this value, or a last rule without 'when')");
    }
}
