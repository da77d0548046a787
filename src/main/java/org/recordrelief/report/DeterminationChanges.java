package org.recordrelief.report;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * How a new set of determinations differs from an earlier run's, count by count: how many changed
 * outcome, and from which outcome and rules to which. Counts are matched by their pseudonymous person,
 * case and count ids, so the same installation key must have made both.
 */
public final class DeterminationChanges {

    /** One count's decision: the outcome and the rules that gave it. */
    public record Decision(String outcome, String ruleIds) {
        @Override
        public String toString() {
            return outcome + " (" + ruleIds + ")";
        }
    }

    private DeterminationChanges() {
    }

    /** @param earlier and {@code now}: decisions by count key (person, case, count ids) */
    public static String format(String earlierRun, Map<String, Decision> earlier, Map<String, Decision> now) {
        Map<String, Integer> changes = new TreeMap<>();
        int changed = 0;
        int added = 0;
        for (Map.Entry<String, Decision> e : now.entrySet()) {
            Decision before = earlier.get(e.getKey());
            if (before == null) {
                added++;
            } else if (!Objects.equals(before.outcome(), e.getValue().outcome())) {
                changed++;
                changes.merge(before + " -> " + e.getValue(), 1, Integer::sum);
            }
        }
        long gone = earlier.keySet().stream().filter(k -> !now.containsKey(k)).count();
        StringBuilder out = new StringBuilder("Compared with " + earlierRun + ": " + changed + " of " + now.size()
                + " determinations changed outcome; " + added + " new, " + gone + " no longer made\n");
        changes.forEach((change, n) -> out.append("  ").append(change).append(": ").append(n).append('\n'));
        return out.toString();
    }
}
