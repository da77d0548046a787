package org.recordrelief.adapter.mapping;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
        /** Where the row's value of this column is kept while one row is classified ({@link Read}). */
        private final int slot;
        private final Set<String> equals;
        private final Memo<Boolean> found;
        private final LastAnswer<Boolean> answered = new LastAnswer<>(this::holds);

        Test(ColumnRef ref, int slot, Set<String> equals, Memo<Boolean> found) {
            this.ref = ref;
            this.slot = slot;
            this.equals = equals;
            this.found = found;
        }

        String column() {
            return ref.name();
        }

        boolean holds(Read read) {
            return answered.apply(read.value(this));
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
        boolean matches(Read read) {
            for (Test t : tests) {
                if (!t.holds(read)) {
                    return false;
                }
            }
            return true;
        }
    }

    /**
     * One row's values of the columns the rules test, each read once however many rules test it: rules
     * usually test one column (a step type) against one value each.
     */
    private static final class Read {

        private static final String NOT_READ = new String("not read");

        private final SourceRow row;
        private final String[] values;

        Read(SourceRow row, int columns) {
            this.row = row;
            this.values = new String[columns];
            Arrays.fill(values, NOT_READ);
        }

        String value(Test test) {
            String v = values[test.slot];
            if (v == NOT_READ) {
                v = test.ref.read(row);
                values[test.slot] = v;
            }
            return v;
        }
    }

    private static final Kind CHARGE = new Kind(RowKind.CHARGE, null);

    private final List<Rule> rules;
    private final int columns;
    private final Set<String> personalColumns;

    public RowKindClassifier(List<RowKindRule> rules) {
        this(rules, Set.of());
    }

    /** @param personalColumns columns whose values must not appear in a message (upper case) */
    public RowKindClassifier(List<RowKindRule> rules, Set<String> personalColumns) {
        this.personalColumns = personalColumns;
        Map<String, Integer> slots = new HashMap<>();
        List<ColumnRef> refs = new ArrayList<>();
        List<Rule> compiled = new ArrayList<>();
        for (RowKindRule r : rules == null ? List.<RowKindRule>of() : rules) {
            List<Test> tests = new ArrayList<>();
            for (RowKindRule.When w : r.when() == null ? List.<RowKindRule.When>of() : r.when()) {
                int slot = slots.computeIfAbsent(w.column(), column -> {
                    refs.add(new ColumnRef(column));
                    return refs.size() - 1;
                });
                tests.add(test(w, refs.get(slot), slot));
            }
            compiled.add(new Rule(List.copyOf(tests), new Kind(r.kind(), r.event())));
        }
        this.rules = List.copyOf(compiled);
        this.columns = refs.size();
    }

    private static Test test(RowKindRule.When w, ColumnRef ref, int slot) {
        Pattern matches = w.matches() == null ? null : Pattern.compile(w.matches());
        return new Test(ref, slot, w.equals() == null ? null
                : w.equals().stream().map(s -> s.trim().toUpperCase(Locale.ROOT)).collect(Collectors.toSet()),
                matches == null ? null : Memo.finding(matches));
    }

    public Kind classify(SourceRow row) {
        if (rules.isEmpty()) {
            return CHARGE;
        }
        Read read = new Read(row, columns);
        for (Rule rule : rules) {
            if (rule.matches(read)) {
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
