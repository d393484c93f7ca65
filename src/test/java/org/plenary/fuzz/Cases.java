package org.plenary.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.plenary.fuzz.Operations.Operation;
import org.plenary.fuzz.Operations.Parameter;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The malformed requests of one operation, each with one thing wrong: a path variable, a query parameter, one
 * value of the body, or the whole body. Everything else is as a real caller would send it, with the ids of the
 * world, so that the operation gets as far as checking what is wrong.
 */
final class Cases {

    /** One request: what is wrong with it, where it goes, its body; {@code inBody} when only the body is wrong. */
    record Case(String wrong, String target, byte[] body, String contentType, boolean inBody) {
    }

    static final List<String> PATH_VALUES = List.of("00000000-0000-0000-0000-000000000000", "not-an-id", "%00",
            "a%01b", "%E2%80%AE", "%FF", "x".repeat(3_000), "-1", "%20", "1%0A2");
    static final List<String> QUERY_VALUES = List.of("a%00b", "%01", "%FF", "x".repeat(3_000), "-1", "99999999999",
            "%2B999999999-12-31", "", "1%0A2", "%20");
    private static final List<String> CSV = List.of("", "garbage", "name,iso3,status,since\n",
            "name,iso3,status,since\nA\u0000B,,STATE_PARTY,2020-08-06\n",
            "name,iso3,status,since\nNiue,NIU,STATE_PARTY,+999999999-12-31\n",
            "name,iso3,status,since\n" + "x".repeat(100_000) + ",,NONE,2020-08-06\n",
            "name,iso3,status,since\n\"unclosed,,NONE,2020-08-06\n");

    private final FuzzWorld world;
    private final Samples samples;

    Cases(FuzzWorld world, Samples samples) {
        this.world = world;
        this.samples = samples;
    }

    /** The path with the world's ids, but {@code variable} (if any) given {@code value}. */
    String path(Operation operation, String variable, String value) {
        String path = operation.path();
        for (String name : operation.pathVariables()) {
            String id = name.equals(variable) ? value : world.id(operation.path(), name);
            path = path.replace("{" + name + "}", id == null ? "00000000-0000-0000-0000-000000000000" : id);
        }
        return path;
    }

    /** A body that says nothing (an empty object, list, multipart or CSV), for finding who may call. */
    Case probe(Operation operation) {
        if (operation.bodyType() == null) {
            return new Case("nothing", path(operation, null, null), null, null, false);
        }
        String empty = operation.bodyType().startsWith("multipart/") ? "--" + Requests.BOUNDARY + "--\r\n"
                : operation.bodyType().equals("application/json")
                        ? operation.bodySchema().path("type").asString("").equals("array") ? "[]" : "{}" : "";
        return new Case("an empty body", path(operation, null, null), bytes(empty), contentType(operation), true);
    }

    List<Case> of(Operation operation) {
        List<Case> cases = new ArrayList<>();
        for (String variable : operation.pathVariables()) {
            for (String value : PATH_VALUES) {
                cases.add(new Case("path variable " + variable + "=" + abbreviated(value), path(operation, variable,
                        value), body(operation), contentType(operation), false));
            }
        }
        if (operation.stream()) {
            return cases;
        }
        String path = path(operation, null, null);
        cases.add(new Case("a query parameter named with U+0000", path + "?x%00=%00", body(operation),
                contentType(operation), false));
        for (Parameter parameter : operation.query()) {
            for (String value : QUERY_VALUES) {
                cases.add(new Case("query " + parameter.name() + "=" + abbreviated(value),
                        path + "?" + parameter.name() + "=" + value, body(operation), contentType(operation), false));
            }
        }
        if ("application/json".equals(operation.bodyType())) {
            JsonNode body = samples.of(operation.bodySchema());
            for (JsonPointer pointer : Samples.pointers(body)) {
                Samples.MALFORMED.forEach((name, value) -> cases.add(new Case(pointer + " = " + name, path,
                        bytes(Samples.replace(body, pointer, value).toString()), "application/json", true)));
            }
            for (String malformed : Samples.MALFORMED_JSON) {
                cases.add(new Case("body " + abbreviated(malformed), path, bytes(malformed), "application/json", true));
            }
            cases.add(new Case("JSON as text/plain", path, bytes(body.toString()), "text/plain", true));
        } else if ("text/csv".equals(operation.bodyType())) {
            for (String csv : CSV) {
                cases.add(new Case("CSV " + abbreviated(csv), path, bytes(csv), "text/csv", true));
            }
            cases.add(new Case("CSV of invalid UTF-8", path, new byte[] {'a', ',', (byte) 0xC3, '(', '\n'},
                    "text/csv", true));
        } else if (operation.bodyType() != null && operation.bodyType().startsWith("multipart/")) {
            multipart(operation, path, cases);
        }
        return cases;
    }

    private void multipart(Operation operation, String path, List<Case> cases) {
        boolean metadata = operation.bodySchema().path("properties").has("metadata");
        ObjectNode sample = Samples.NODES.objectNode();
        List<String> fields = operation.path().endsWith("/statements")
                ? List.of("title", "meetingId", "agendaItem", "originalLanguage") : FuzzWorld.DOCUMENT_METADATA;
        fields.forEach(field -> sample.set(field, world.values().get(field)));
        String file = metadata ? "en" : "file";
        if (metadata) {
            for (JsonPointer pointer : Samples.pointers(sample)) {
                Samples.MALFORMED.forEach((name, value) -> cases.add(new Case("metadata " + pointer + " = " + name,
                        path, parts(Samples.replace(sample, pointer, value).toString(), file), Requests.MULTIPART,
                        true)));
            }
            for (String malformed : Samples.MALFORMED_JSON) {
                cases.add(new Case("metadata " + abbreviated(malformed), path, parts(malformed, file),
                        Requests.MULTIPART, true));
            }
        }
        for (String language : List.of("en", "xx", "file", "x\u0001")) {
            cases.add(new Case("a part named " + language + " holding U+0000", path,
                    parts(metadata ? sample.toString() : null, language), Requests.MULTIPART, true));
        }
    }

    private static byte[] parts(String metadata, String file) {
        Map<String, Object> parts = new LinkedHashMap<>();
        if (metadata != null) {
            parts.put("metadata", metadata);
        }
        parts.put(file, "\u0000 not the file it claims to be".getBytes(StandardCharsets.UTF_8));
        return Requests.multipart(parts);
    }

    private byte[] body(Operation operation) {
        if ("application/json".equals(operation.bodyType())) {
            return bytes(samples.of(operation.bodySchema()).toString());
        }
        return operation.bodyType() == null ? null : probe(operation).body();
    }

    private static String contentType(Operation operation) {
        return operation.bodyType() == null ? null
                : operation.bodyType().startsWith("multipart/") ? Requests.MULTIPART : operation.bodyType();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String abbreviated(String text) {
        String shown = text.length() > 40 ? text.substring(0, 30) + "…(" + text.length() + " characters)" : text;
        return shown.replace("\u0000", "\\u0000").replace("\n", "\\n");
    }
}
