package org.recordrelief.adapter;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.recordrelief.model.DispositionClass;
import org.recordrelief.model.OffenceLevel;
import org.recordrelief.rules.DeterminationRole;
import org.recordrelief.rules.Outcome;

/**
 * The canonical values an output column can take ({@code from:}), besides {@code input.<COLUMN>}. For the
 * ones with a fixed set of values, a county map must give a code for each.
 */
public final class OutputKeys {

    private static final Map<String, List<String>> KEYS = new LinkedHashMap<>();

    static {
        KEYS.put("determination.outcome", names(Outcome.values()));
        KEYS.put("determination.reducedTo", List.of(OffenceLevel.MISDEMEANOR.name(), OffenceLevel.INFRACTION.name()));
        KEYS.put("determination.reasons", null);
        KEYS.put("determination.ruleIds", null);
        KEYS.put("determination.countyOption", null);
        KEYS.put("determination.referredTo", null);
        KEYS.put("determination.role", names(DeterminationRole.values()));
        KEYS.put("determination.relatedCharges", null);
        KEYS.put("determination.ruleSetVersion", null);
        KEYS.put("person.id", null);
        KEYS.put("case.id", null);
        KEYS.put("case.caseNumber", null);
        KEYS.put("case.court", null);
        KEYS.put("case.county", null);
        KEYS.put("charge.id", null);
        KEYS.put("charge.countNumber", null);
        KEYS.put("charge.code", null);
        KEYS.put("charge.rawCode", null);
        KEYS.put("charge.level", names(OffenceLevel.values()));
        KEYS.put("charge.disposition", names(DispositionClass.values()));
        KEYS.put("charge.convictionDate", null);
        KEYS.put("run.id", null);
        KEYS.put("run.asOf", null);
        KEYS.put("run.source", null);
    }

    private OutputKeys() {
    }

    public static boolean isKnown(String key) {
        return KEYS.containsKey(key);
    }

    /** The values a map must cover, or null when the key's values are free text. */
    public static List<String> valuesOf(String key) {
        return KEYS.get(key);
    }

    public static List<String> all() {
        return List.copyOf(KEYS.keySet());
    }

    public static boolean isDate(String key) {
        return key.endsWith("Date") || key.equals("run.asOf");
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }
}
