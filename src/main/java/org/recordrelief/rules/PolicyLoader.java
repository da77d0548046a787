package org.recordrelief.rules;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Set;
import org.recordrelief.config.YamlBinder;

/**
 * Loads a county policy file:
 *
 * <pre>
 * county: Sacramento
 * authority: Sacramento County District Attorney, 2019 Prop 64 project
 * ruleSet: prop64
 * options:
 *   dismissMisdemeanorsAndInfractions: true
 *   crimeFreeYears: { years: 10 }
 * </pre>
 *
 * Every mistake fails here, at start, with the file, the key and the fix.
 */
public final class PolicyLoader {

    private static final Set<String> TOP_LEVEL_KEYS = Set.of("county", "authority", "description", "ruleSet", "options");
    private static final String EXAMPLE = "'county:', 'ruleSet:' and 'options:' as in county-adapters/sacramento/policy.yaml";

    private final YamlBinder binder = new YamlBinder();

    public CountyPolicy<?> load(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return load(in, file.toString());
        } catch (IOException e) {
            throw new PolicyException(file.toString(), "(file)", "cannot read the file: " + e.getMessage(),
                    "check the path and that the file is readable");
        }
    }

    public CountyPolicy<?> load(InputStream in, String name) {
        YamlBinder.Errors errors = (key, problem, fix) -> new PolicyException(name, key, problem, fix);
        JsonNode root = binder.readTree(in, errors, EXAMPLE);
        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!TOP_LEVEL_KEYS.contains(key)) {
                throw new PolicyException(name, key, "unknown key '" + key + "'"
                        + YamlBinder.suggestion(key, TOP_LEVEL_KEYS),
                        "use only " + String.join(", ", YamlBinder.sorted(TOP_LEVEL_KEYS)));
            }
        }
        String county = requiredText(root, "county", name, "name the county, e.g. 'county: Sacramento'");
        String ruleSetId = requiredText(root, "ruleSet", name, "choose one of " + RuleSets.ids());
        RuleSet<?> ruleSet = RuleSets.byId(ruleSetId).orElseThrow(() -> new PolicyException(name, "ruleSet",
                "unknown rule set '" + ruleSetId + "'" + YamlBinder.suggestion(ruleSetId, RuleSets.ids()),
                "choose one of " + RuleSets.ids()));
        String authority = root.hasNonNull("authority") ? root.get("authority").asText() : null;
        return bind(ruleSet, root.get("options"), county, authority, name, errors);
    }

    private <O extends PolicyOptions> CountyPolicy<O> bind(RuleSet<O> ruleSet, JsonNode optionsNode, String county,
                                                          String authority, String name, YamlBinder.Errors errors) {
        O options;
        if (optionsNode == null || optionsNode.isNull()) {
            options = ruleSet.statuteOnly();
        } else if (!optionsNode.isObject()) {
            throw new PolicyException(name, "options", "must be a map of option names to values",
                    "write one option per line under 'options:', see docs/rules.md");
        } else {
            options = binder.bind(optionsNode, "options", ruleSet.optionsType(), errors);
        }
        options.validate(new PolicyValidation(name));
        return new CountyPolicy<>(county, authority, ruleSet, options, name);
    }

    private static String requiredText(JsonNode root, String key, String name, String fix) {
        JsonNode value = root.get(key);
        if (value == null || value.isNull() || !value.isValueNode() || value.asText().isBlank()) {
            throw new PolicyException(name, key, "missing or empty", fix);
        }
        return value.asText().trim();
    }
}
