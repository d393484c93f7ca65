package org.plenary.fuzz;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** The operations of the served OpenAPI document, in a fixed order (path, then method). */
final class Operations {

    /** A query parameter with its schema type and format ({@code integer/int32}, {@code string/date}). */
    record Parameter(String name, String type, String format) {
    }

    /**
     * One operation. {@code bodyType} is the content type of its request body (null without one) and
     * {@code bodySchema} that body's schema; {@code stream} says the answer never ends (Server-Sent Events).
     */
    record Operation(String method, String path, List<String> pathVariables, List<Parameter> query, String bodyType,
            JsonNode bodySchema, boolean stream) {

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    private Operations() {
    }

    static List<Operation> of(JsonNode document) {
        List<Operation> operations = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> method : path.getValue().properties()) {
                operations.add(operation(method.getKey().toUpperCase(), path.getKey(), method.getValue()));
            }
        }
        operations.sort(Comparator.comparing(Operation::path).thenComparing(Operation::method));
        return List.copyOf(operations);
    }

    private static Operation operation(String method, String path, JsonNode operation) {
        List<String> variables = new ArrayList<>();
        List<Parameter> query = new ArrayList<>();
        for (JsonNode parameter : operation.path("parameters")) {
            String name = parameter.path("name").asString();
            switch (parameter.path("in").asString()) {
                case "path" -> variables.add(name);
                case "query" -> query.add(new Parameter(name, parameter.path("schema").path("type").asString(""),
                        parameter.path("schema").path("format").asString("")));
                default -> { }
            }
        }
        String bodyType = null;
        JsonNode bodySchema = null;
        for (Map.Entry<String, JsonNode> content : operation.path("requestBody").path("content").properties()) {
            bodyType = content.getKey();
            bodySchema = content.getValue().path("schema");
        }
        boolean stream = false;
        for (JsonNode response : operation.path("responses")) {
            stream |= response.path("content").has("text/event-stream");
        }
        return new Operation(method, path, List.copyOf(variables), List.copyOf(query), bodyType, bodySchema, stream);
    }
}
