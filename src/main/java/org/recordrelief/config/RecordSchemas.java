package org.recordrelief.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;

/**
 * A JSON Schema (draft 2020-12) of a YAML file bound to records, made from the same record types the loader
 * binds to, so that an editor checking a file against it accepts and refuses the same keys the loader
 * does. A record that also reads from a plain string (a value spec's {@code COLUMN} shorthand) accepts a
 * string or its keys. Value types are checked loosely where the loader is lenient (enums, numbers in text).
 */
public final class RecordSchemas {

    private final ObjectMapper json = new ObjectMapper();
    private final ObjectNode defs = json.createObjectNode();

    /** The schema of a file whose root binds to {@code root}, with extra top-level keys bound by hand. */
    public ObjectNode schema(String title, Class<?> root, Map<String, Class<?>> handBound) {
        ObjectNode schema = json.createObjectNode();
        schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        schema.put("title", title);
        ObjectNode body = root == null ? object() : recordBody(root);
        handBound.forEach((key, type) -> ((ObjectNode) body.get("properties")).set(key, typeOf(type)));
        schema.setAll(body);
        if (!defs.isEmpty()) {
            schema.set("$defs", defs);
        }
        return schema;
    }

    private ObjectNode object() {
        ObjectNode o = json.createObjectNode();
        o.put("type", "object");
        o.put("additionalProperties", false);
        o.set("properties", json.createObjectNode());
        return o;
    }

    private ObjectNode recordBody(Class<?> record) {
        ObjectNode body = object();
        ObjectNode properties = (ObjectNode) body.get("properties");
        for (RecordComponent c : record.getRecordComponents()) {
            JsonProperty renamed = c.getAccessor().getAnnotation(JsonProperty.class);
            if (renamed == null) {
                renamed = Arrays.stream(record.getDeclaredConstructors()).flatMap(k -> Arrays.stream(k.getParameters()))
                        .filter(p -> p.getName().equals(c.getName())).map(p -> p.getAnnotation(JsonProperty.class))
                        .filter(a -> a != null).findFirst().orElse(null);
            }
            String name = renamed != null && !renamed.value().isEmpty() ? renamed.value() : c.getName();
            properties.set(name, typeOf(c.getGenericType()));
        }
        return body;
    }

    private ObjectNode typeOf(Type type) {
        ObjectNode t = json.createObjectNode();
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> raw) {
            Type[] args = p.getActualTypeArguments();
            if (Collection.class.isAssignableFrom(raw)) {
                // the loader takes a single value for a list of one (key: ID as well as key: [ID])
                ObjectNode array = json.createObjectNode();
                array.put("type", "array");
                array.set("items", typeOf(args[0]));
                t.set("anyOf", json.createArrayNode().add(array).add(typeOf(args[0])));
            } else if (Map.class.isAssignableFrom(raw)) {
                t.put("type", "object");
                t.set("additionalProperties", typeOf(args[1]));
            }
            return t;
        }
        Class<?> c = (Class<?>) type;
        if (c == String.class || c.isEnum()) {
            t.put("type", "string");
        } else if (c == Integer.class || c == int.class || c == Long.class || c == long.class) {
            t.set("type", json.createArrayNode().add("integer").add("string"));
        } else if (c == Boolean.class || c == boolean.class) {
            t.set("type", json.createArrayNode().add("boolean").add("string"));
        } else if (c.isRecord()) {
            String name = c.getSimpleName();
            if (!defs.has(name)) {
                defs.set(name, json.createObjectNode()); // a placeholder while its own types are made
                ObjectNode body = recordBody(c);
                defs.set(name, readsFromText(c) ? json.createObjectNode().set("anyOf", json.createArrayNode()
                        .add(json.createObjectNode().put("type", "string")).add(body)) : body);
            }
            t.put("$ref", "#/$defs/" + name);
        }
        return t;
    }

    /** A record with a delegating creator from one string also reads from a plain value. */
    private static boolean readsFromText(Class<?> record) {
        for (java.lang.reflect.Method m : record.getDeclaredMethods()) {
            JsonCreator creator = m.getAnnotation(JsonCreator.class);
            if (creator != null && creator.mode() == JsonCreator.Mode.DELEGATING && m.getParameterCount() == 1
                    && m.getParameterTypes()[0] == String.class) {
                return true;
            }
        }
        for (Constructor<?> k : record.getDeclaredConstructors()) {
            JsonCreator creator = k.getAnnotation(JsonCreator.class);
            if (creator != null && creator.mode() == JsonCreator.Mode.DELEGATING && k.getParameterCount() == 1
                    && k.getParameterTypes()[0] == String.class) {
                return true;
            }
        }
        return false;
    }
}
