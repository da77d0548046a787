package org.recordrelief.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads YAML configuration into records and turns every Jackson error into a {@link ConfigException}
 * that names the key path and the fix: unknown keys (with a "did you mean"), wrong value types, keys
 * written without a value.
 */
public final class YamlBinder {

    /** Makes the exception for one kind of file (a policy, a descriptor). */
    @FunctionalInterface
    public interface Errors {
        ConfigException error(String key, String problem, String fix);
    }

    /** Far above any real descriptor or policy; a bigger file is a mistake, refused before it is parsed. */
    static final int MAX_BYTES = 256 * 1024;

    private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
            // A missing option is off; a key written with no value is caught by rejectEmptyValues.
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);

    public JsonNode readTree(InputStream in, Errors errors, String example) {
        JsonNode root;
        try {
            byte[] text = in.readNBytes(MAX_BYTES + 1);
            if (text.length > MAX_BYTES) {
                throw errors.error("(document)", "is larger than " + MAX_BYTES / 1024 + " KB",
                        "a descriptor or policy is a few kilobytes: check that this is the right file");
            }
            refuseAliases(text, errors);
            refuseTodos(text, errors);
            root = yaml.readTree(text);
        } catch (IOException e) {
            throw errors.error("(document)", "not valid YAML: " + firstLine(e.getMessage()),
                    "fix the YAML syntax (indentation, colons) at the position given");
        }
        if (root == null || !root.isObject()) {
            throw errors.error("(document)", "the file is empty or not a map of keys", "start from " + example);
        }
        return root;
    }

    /**
     * A draft written by {@code init} marks each decision a person must take with TODO; none may be left when
     * the file is used, since the draft's placeholder would then be taken for the decision.
     */
    private static void refuseTodos(byte[] text, Errors errors) {
        String[] lines = new String(text, java.nio.charset.StandardCharsets.UTF_8).split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            if (TODO.matcher(lines[i]).find()) {
                String line = lines[i].strip();
                throw errors.error("line " + (i + 1), "a TODO is left: " + (line.length() > 140
                        ? line.substring(0, 140) + "..." : line), "take the decision it describes "
                        + "(docs/onboarding.md), write it in, and delete the TODO");
            }
        }
    }

    private static final java.util.regex.Pattern TODO = java.util.regex.Pattern.compile("\\bTODO\\b");

    /**
     * YAML aliases ({@code *name}) are refused: Jackson would read one as the anchor's name rather than the
     * value it stands for, silently, and a descriptor is small enough to write each value out.
     */
    private void refuseAliases(byte[] text, Errors errors) throws IOException {
        try (YAMLParser parser = (YAMLParser) yaml.getFactory().createParser(text)) {
            while (parser.nextToken() != null) {
                if (parser.isCurrentAlias()) {
                    throw errors.error(parser.getParsingContext().pathAsPointer().toString().replace('/', '.')
                                    .replaceFirst("^\\.", ""), "uses the YAML alias *" + parser.getText(),
                            "write the value out in full (aliases and anchors are not supported)");
                }
            }
        }
    }

    /** Binds {@code node} (found at {@code path}) to {@code type}. */
    public <T> T bind(JsonNode node, String path, Class<T> type, Errors errors) {
        rejectEmptyValues(node, path, errors);
        try {
            return yaml.treeToValue(node, type);
        } catch (UnrecognizedPropertyException e) {
            Set<String> known = e.getKnownPropertyIds().stream().map(Object::toString).collect(Collectors.toSet());
            throw errors.error(join(path, path(e)), "unknown key '" + e.getPropertyName() + "'"
                    + suggestion(e.getPropertyName(), known), "use one of " + String.join(", ", sorted(known)));
        } catch (InvalidFormatException e) {
            throw errors.error(join(path, path(e)), "the value '" + e.getValue() + "' is not a "
                    + simpleType(e.getTargetType()), fixFor(e.getTargetType()));
        } catch (MismatchedInputException e) {
            throw errors.error(join(path, path(e)), "expected " + expected(e.getTargetType()) + " here",
                    "see the documentation and examples for this key");
        } catch (JsonMappingException e) {
            // A value our own types refused (an offence level, say) explains itself in the cause.
            String problem = e.getCause() instanceof IllegalArgumentException cause ? cause.getMessage()
                    : firstLine(e.getOriginalMessage());
            throw errors.error(join(path, path(e)), problem, "see the documentation for the values this key takes");
        } catch (JsonProcessingException e) {
            throw errors.error(path, firstLine(e.getOriginalMessage()), "fix the YAML at this key");
        }
    }

    private static void rejectEmptyValues(JsonNode node, String path, Errors errors) {
        if (node.isNull()) {
            throw errors.error(path, "the key has no value", "give it a value or remove the key");
        }
        if (node.isObject()) {
            node.properties().forEach(e -> rejectEmptyValues(e.getValue(), join(path, "." + e.getKey()), errors));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                rejectEmptyValues(node.get(i), path + "[" + i + "]", errors);
            }
        }
    }

    private static String join(String base, String tail) {
        if (base.isEmpty()) {
            return tail.startsWith(".") ? tail.substring(1) : tail;
        }
        return base + tail;
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
        return "see the documentation for the values this key takes";
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

    private static String expected(Class<?> type) {
        if (type == null) {
            return "a different kind of value";
        }
        if (Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        if (type == String.class) {
            return "a single text value";
        }
        if (type.isRecord() || java.util.Map.class.isAssignableFrom(type)) {
            return "a map of keys";
        }
        return "a " + simpleType(type);
    }

    /** " (did you mean 'crimeFreeYears'?)" when a known name is within two edits. */
    public static String suggestion(String given, Collection<String> known) {
        String best = null;
        int bestDistance = 3;
        for (String candidate : known) {
            int d = editDistance(given.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
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

    public static List<String> sorted(Collection<String> values) {
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
