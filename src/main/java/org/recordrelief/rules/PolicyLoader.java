package org.recordrelief.rules;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

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

    private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            // A missing option is off; an option written with no value is caught by rejectEmptyValues.
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);

    public CountyPolicy<?> load(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return load(in, file.toString());
        } catch (IOException e) {
            throw new PolicyException(file.toString(), "(file)", "cannot read the file: " + e.getMessage(),
                    "check the path and that the file is readable");
        }
    }

    public CountyPolicy<?> load(InputStream in, String name) {
        JsonNode root;
        try {
            root = yaml.readTree(in);
        } catch (IOException e) {
            throw new PolicyException(name, "(document)", "not valid YAML: " + firstLine(e.getMessage()),
                    "fix the YAML syntax (indentation, colons) at the position given");
        }
        if (root == null || !root.isObject()) {
            throw new PolicyException(name, "(document)", "the file is empty or not a map of keys",
                    "start with 'county:', 'ruleSet:' and 'options:' as in county-adapters/sacramento/policy.yaml");
        }
        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!TOP_LEVEL_KEYS.contains(key)) {
                throw new PolicyException(name, key, "unknown key" + suggestion(key, TOP_LEVEL_KEYS),
                        "use only " + String.join(", ", sorted(TOP_LEVEL_KEYS)));
            }
        }
        String county = requiredText(root, "county", name, "name the county, e.g. 'county: Sacramento'");
        String ruleSetId = requiredText(root, "ruleSet", name, "choose one of " + RuleSets.ids());
        RuleSet<?> ruleSet = RuleSets.byId(ruleSetId).orElseThrow(() -> new PolicyException(name, "ruleSet",
                "unknown rule set '" + ruleSetId + "'" + suggestion(ruleSetId, RuleSets.ids()),
                "choose one of " + RuleSets.ids()));
        String authority = root.hasNonNull("authority") ? root.get("authority").asText() : null;
        return bind(ruleSet, root.get("options"), county, authority, name);
    }

    private <O extends PolicyOptions> CountyPolicy<O> bind(RuleSet<O> ruleSet, JsonNode optionsNode, String county,
                                                          String authority, String name) {
        O options;
        if (optionsNode == null || optionsNode.isNull()) {
            options = ruleSet.statuteOnly();
        } else if (!optionsNode.isObject()) {
            throw new PolicyException(name, "options", "must be a map of option names to values",
                    "write one option per line under 'options:', see docs/rules.md");
        } else {
            rejectEmptyValues(optionsNode, "options", name);
            options = readOptions(ruleSet, optionsNode, name);
        }
        options.validate(new PolicyValidation(name));
        return new CountyPolicy<>(county, authority, ruleSet, options, name);
    }

    private <O extends PolicyOptions> O readOptions(RuleSet<O> ruleSet, JsonNode node, String name) {
        try {
            return yaml.treeToValue(node, ruleSet.optionsType());
        } catch (UnrecognizedPropertyException e) {
            Set<String> known = e.getKnownPropertyIds().stream().map(Object::toString).collect(Collectors.toSet());
            throw new PolicyException(name, "options" + path(e), "unknown option '" + e.getPropertyName() + "'"
                    + suggestion(e.getPropertyName(), known),
                    "use one of " + String.join(", ", sorted(known)) + " (docs/rules.md explains each)");
        } catch (InvalidFormatException e) {
            throw new PolicyException(name, "options" + path(e), "the value '" + e.getValue() + "' is not a "
                    + simpleType(e.getTargetType()), fixFor(e.getTargetType()));
        } catch (JsonMappingException e) {
            // A value our own types refused (an offence level, say) explains itself in the cause.
            String problem = e.getCause() instanceof IllegalArgumentException cause ? cause.getMessage()
                    : firstLine(e.getOriginalMessage());
            throw new PolicyException(name, "options" + path(e), problem,
                    "see docs/rules.md for the values this option takes");
        } catch (JsonProcessingException e) {
            throw new PolicyException(name, "options", firstLine(e.getOriginalMessage()),
                    "fix the YAML under 'options:'");
        }
    }

    private static void rejectEmptyValues(JsonNode node, String path, String name) {
        if (node.isNull()) {
            throw new PolicyException(name, path, "the key has no value",
                    "give it a value (see docs/rules.md) or remove the key");
        }
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> rejectEmptyValues(e.getValue(), path + "." + e.getKey(), name));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                rejectEmptyValues(node.get(i), path + "[" + i + "]", name);
            }
        }
    }

    private static String requiredText(JsonNode root, String key, String name, String fix) {
        JsonNode value = root.get(key);
        if (value == null || value.isNull() || !value.isValueNode() || value.asText().isBlank()) {
            throw new PolicyException(name, key, "missing or empty", fix);
        }
        return value.asText().trim();
    }

    private static String path(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                sb.append('.').append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    private static String fixFor(Class<?> type) {
        if (type == int.class || type == Integer.class) {
            return "write a whole number, e.g. 10";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "write true or false";
        }
        return "see docs/rules.md for the values this option takes";
    }

    private static String simpleType(Class<?> type) {
        if (type == int.class || type == Integer.class) {
            return "whole number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true/false value";
        }
        return type.getSimpleName();
    }

    /** " (did you mean 'crimeFreeYears'?)" when a known key is within two edits. */
    static String suggestion(String given, Collection<String> known) {
        String best = null;
        int bestDistance = 3;
        for (String candidate : known) {
            int d = editDistance(given.toLowerCase(), candidate.toLowerCase());
            if (d < bestDistance) {
                bestDistance = d;
                best = candidate;
            }
        }
        return best == null ? "" : " (did you mean '" + best + "'?)";
    }

    private static int editDistance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    private static List<String> sorted(Collection<String> values) {
        List<String> list = new ArrayList<>(values);
        list.sort(null);
        return list;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
