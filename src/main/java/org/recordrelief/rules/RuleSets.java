package org.recordrelief.rules;

import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.TreeMap;

/** The rule sets on the class path, found through {@link ServiceLoader}; adding one needs no change here. */
public final class RuleSets {

    private static final Map<String, RuleSet<?>> BY_ID = load();

    private RuleSets() {
    }

    public static Optional<RuleSet<?>> byId(String id) {
        return Optional.ofNullable(BY_ID.get(id));
    }

    public static java.util.Set<String> ids() {
        return BY_ID.keySet();
    }

    private static Map<String, RuleSet<?>> load() {
        Map<String, RuleSet<?>> byId = new TreeMap<>();
        for (RuleSet<?> ruleSet : ServiceLoader.load(RuleSet.class)) {
            byId.put(ruleSet.id(), ruleSet);
        }
        return Map.copyOf(byId);
    }
}
