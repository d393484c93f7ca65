package org.plenary.fuzz;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Request bodies made from the schemas of the OpenAPI document: a plausible body (enumerations take their first
 * value; ids and other fields whose format the schema does not tell take the value the world gives for the
 * field's name), and the same body with one value replaced by each malformed value.
 */
final class Samples {

    static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** Malformed values, each put in the place of every value of a body in turn. */
    static final Map<String, JsonNode> MALFORMED = malformed();

    /** Bodies that are not the JSON expected at all. */
    static final List<String> MALFORMED_JSON = List.of("", "{", "{\"a\":", "null", "[]", "\"text\"", "42", "{}}",
            "{\"a\":1,\"a\":2}", "[".repeat(5_000) + "]".repeat(5_000), "{\"\u0000\":\"\u0000\"}");

    private final JsonNode schemas;
    private final Map<String, JsonNode> values;

    /** {@code values}: by "Schema.field" or "field", the value to give; a JSON null leaves the field out. */
    Samples(JsonNode schemas, Map<String, JsonNode> values) {
        this.schemas = schemas;
        this.values = values;
    }

    JsonNode of(JsonNode schema) {
        return sample(schema, null, 0);
    }

    /** Every pointer to a value inside {@code body} (not the body itself), depth first. */
    static List<JsonPointer> pointers(JsonNode body) {
        List<JsonPointer> pointers = new ArrayList<>();
        collect(body, JsonPointer.empty(), pointers);
        return pointers;
    }

    /** A copy of {@code body} with the value at {@code pointer} replaced by {@code value}. */
    static JsonNode replace(JsonNode body, JsonPointer pointer, JsonNode value) {
        JsonNode copy = body.deepCopy();
        JsonNode parent = copy.at(pointer.head());
        String last = pointer.last().getMatchingProperty();
        if (parent instanceof ObjectNode object) {
            object.set(last, value);
        } else if (parent instanceof ArrayNode array) {
            array.set(pointer.last().getMatchingIndex(), value);
        }
        return copy;
    }

    private static void collect(JsonNode node, JsonPointer at, List<JsonPointer> pointers) {
        if (node instanceof ObjectNode object) {
            for (Map.Entry<String, JsonNode> field : object.properties()) {
                JsonPointer child = at.appendProperty(field.getKey());
                pointers.add(child);
                collect(field.getValue(), child, pointers);
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                JsonPointer child = at.appendIndex(i);
                pointers.add(child);
                collect(array.get(i), child, pointers);
            }
        }
    }

    private JsonNode sample(JsonNode schema, String name, int depth) {
        if (schema.has("$ref")) {
            String ref = schema.path("$ref").asString().replaceAll(".*/", "");
            return sample(schemas.path(ref), ref, depth);
        }
        if (schema.has("enum")) {
            return schema.path("enum").get(0).deepCopy();
        }
        return switch (schema.path("type").asString(schema.has("properties") ? "object" : "string")) {
            case "object" -> object(schema, name, depth);
            case "array" -> {
                ArrayNode array = NODES.arrayNode();
                if (depth < 2) {
                    array.add(sample(schema.path("items"), null, depth + 1));
                }
                yield array;
            }
            case "integer", "number" -> NODES.numberNode(1);
            case "boolean" -> NODES.booleanNode(false);
            default -> switch (schema.path("format").asString("")) {
                case "date-time" -> NODES.stringNode("2031-03-02T10:00:00+01:00");
                case "date" -> NODES.stringNode("2031-03-02");
                case "duration" -> NODES.stringNode("PT3M");
                case "uuid" -> NODES.stringNode("00000000-0000-0000-0000-000000000000");
                default -> NODES.stringNode("Fuzz text");
            };
        };
    }

    private ObjectNode object(JsonNode schema, String name, int depth) {
        ObjectNode object = NODES.objectNode();
        for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
            JsonNode given = values.getOrDefault(name + "." + property.getKey(), values.get(property.getKey()));
            if (given != null) {
                if (!given.isNull()) {
                    object.set(property.getKey(), given.deepCopy());
                }
            } else if (depth < 3) {
                object.set(property.getKey(), sample(property.getValue(), null, depth + 1));
            }
        }
        return object;
    }

    private static Map<String, JsonNode> malformed() {
        Map<String, JsonNode> values = new LinkedHashMap<>();
        values.put("NUL", NODES.stringNode("a\u0000b"));
        values.put("control characters", NODES.stringNode("\u0001\u0008\u000b\u001b[2J\u007f\u0085"));
        values.put("line breaks", NODES.stringNode("one\r\ntwo\tthree"));
        values.put("100,000 characters", NODES.stringNode("x".repeat(100_000)));
        values.put("white space", NODES.stringNode(" \u00a0\u2028 "));
        values.put("absurd instant", NODES.stringNode("+999999999-12-31T23:59:59Z"));
        values.put("year 0", NODES.stringNode("0000-01-01T00:00:00Z"));
        values.put("absurd date", NODES.stringNode("+999999999-12-31"));
        values.put("absurd duration", NODES.stringNode("PT99999999999999H"));
        values.put("nil id", NODES.stringNode("00000000-0000-0000-0000-000000000000"));
        values.put("huge number", NODES.numberNode(BigInteger.TEN.pow(30)));
        values.put("negative number", NODES.numberNode(-1));
        values.put("fraction", NODES.numberNode(1.5));
        values.put("boolean", NODES.booleanNode(true));
        values.put("object", NODES.objectNode());
        values.put("empty list", NODES.arrayNode());
        values.put("list of null", NODES.arrayNode().addNull());
        values.put("list of lists", NODES.arrayNode().add(NODES.arrayNode()));
        values.put("null", NODES.nullNode());
        return Collections.unmodifiableMap(values);
    }
}
