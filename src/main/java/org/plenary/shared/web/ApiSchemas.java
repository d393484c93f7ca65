package org.plenary.shared.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.Encoding;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The schemas of the document that springdoc cannot infer: the problem detail of every refusal, the multipart
 * uploads of documents, the event streams, and which fields an answer always has.
 */
final class ApiSchemas {

    static final String PROBLEM = "Problem";
    static final String PROBLEM_JSON = "application/problem+json";
    private static final String FIELD_ERROR = "FieldError";

    /** The language parts a document upload may have: one per language of the process, by its code. */
    private static final List<String> LANGUAGE_PARTS = List.of("en", "fr", "es", "ar", "zh", "ru");

    /** The content types of files that an answer springdoc could not type (a document's file) may have. */
    private static final List<String> FILE_TYPES = List.of("application/pdf",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "text/plain",
            "application/octet-stream");

    private ApiSchemas() {
    }

    static void describe(OpenAPI document) {
        var schemas = document.getComponents().getSchemas();
        alwaysPresentInAnswers(document);
        schemas.put(FIELD_ERROR, ApiDocument.typed("object")
                .addProperty("field", ApiDocument.typed("string").description("The field, as a JSON path"))
                .addProperty("message", ApiDocument.typed("string"))
                .required(List.of("field", "message")));
        schemas.put(PROBLEM, ApiDocument.typed("object")
                .description("An RFC 9457 problem detail. Its `type` names the kind of refusal: "
                        + Problems.documented())
                .addProperty("type", ApiDocument.typed("string").format("uri"))
                .addProperty("title", ApiDocument.typed("string"))
                .addProperty("status", ApiDocument.typed("integer").format("int32"))
                .addProperty("detail", ApiDocument.typed("string").description("Why, written for people"))
                .addProperty("instance", ApiDocument.typed("string").format("uri-reference"))
                .addProperty("errors", ApiDocument.typed("array").items(ref(FIELD_ERROR))
                        .description("On 400: each invalid field and what is wrong with it"))
                .required(List.of("type", "title", "status")));
        document.getPaths().values().forEach(item -> item.readOperations().forEach(ApiSchemas::describe));
        schemas.remove("SseEmitter");
    }

    private static void describe(Operation operation) {
        if (operation.getRequestBody() != null) {
            MediaType multipart = operation.getRequestBody().getContent().get("multipart/form-data");
            if (multipart != null && multipart.getSchema().getProperties() != null
                    && multipart.getSchema().getProperties().containsKey("metadata")) {
                operation.getRequestBody().required(true);
                operation.getRequestBody().getContent().addMediaType("multipart/form-data", upload());
            }
        }
        ApiResponse ok = operation.getResponses().get("200");
        if (ok != null && ok.getContent() == null && ok.get$ref() == null) {
            Content file = new Content();
            FILE_TYPES.forEach(type -> file.addMediaType(type, new MediaType().schema(ApiDocument.typed("string")
                    .format("binary"))));
            ok.description("The file, with its own content type").content(file);
        }
        operation.getResponses().values().forEach(response -> {
            Content content = response.getContent();
            if (content != null && content.containsKey("text/event-stream")) {
                content.get("text/event-stream").schema(ApiDocument.typed("string")
                        .description("Server-Sent Events, each with a JSON object as its data"));
            }
        });
    }

    /** The document uploads: the metadata part (JSON) and one file part per language, named by its code. */
    private static MediaType upload() {
        Schema<Object> schema = ApiDocument.typed("object")
                .addProperty("metadata", ApiDocument.typed("string").contentMediaType("application/json")
                        .description("The metadata of the document, as JSON"));
        for (String language : LANGUAGE_PARTS) {
            schema.addProperty(language, ApiDocument.typed("string").format("binary")
                    .description("The file of the '" + language + "' version"));
        }
        schema.required(List.of("metadata"));
        return new MediaType().schema(schema)
                .encoding(Map.of("metadata", new Encoding().contentType("application/json")));
    }

    /**
     * Every field of an answer is written, null or not: each schema reached from an answer only (never from a
     * request) lists all of its properties as required.
     */
    private static void alwaysPresentInAnswers(OpenAPI document) {
        var schemas = document.getComponents().getSchemas();
        Set<String> inRequests = reachable(schemas, document.getPaths().values().stream()
                .flatMap(item -> item.readOperations().stream())
                .filter(o -> o.getRequestBody() != null && o.getRequestBody().getContent() != null)
                .flatMap(o -> o.getRequestBody().getContent().values().stream())
                .map(MediaType::getSchema).toList());
        Set<String> inAnswers = reachable(schemas, document.getPaths().values().stream()
                .flatMap(item -> item.readOperations().stream())
                .flatMap(o -> o.getResponses().values().stream())
                .filter(r -> r.getContent() != null)
                .flatMap(r -> r.getContent().values().stream())
                .map(MediaType::getSchema).toList());
        inAnswers.removeAll(inRequests);
        for (String name : inAnswers) {
            Schema<?> schema = schemas.get(name);
            if (schema != null && schema.getProperties() != null) {
                schema.setRequired(new ArrayList<>(schema.getProperties().keySet()));
            }
        }
    }

    /** The names of the component schemas that the given schemas refer to, directly or not. */
    static Set<String> reachable(Map<String, Schema> schemas, List<Schema> roots) {
        Set<String> names = new HashSet<>();
        Deque<Schema<?>> open = new ArrayDeque<>();
        roots.stream().filter(Objects::nonNull).forEach(open::add);
        while (!open.isEmpty()) {
            Schema<?> schema = open.pop();
            if (schema.get$ref() != null) {
                String name = schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1);
                if (names.add(name) && schemas.get(name) != null) {
                    open.add(schemas.get(name));
                }
            }
            List<Schema> next = new ArrayList<>();
            next.add(schema.getItems());
            next.add(schema.getAdditionalProperties() instanceof Schema<?> more ? more : null);
            for (var some : Arrays.asList(schema.getProperties() == null ? null : schema.getProperties().values(),
                    schema.getAllOf(), schema.getOneOf(), schema.getAnyOf())) {
                if (some != null) {
                    next.addAll(some);
                }
            }
            next.stream().filter(Objects::nonNull).forEach(open::add);
        }
        return names;
    }

    static Schema<Object> ref(String name) {
        Schema<Object> schema = new Schema<>();
        schema.set$ref("#/components/schemas/" + name);
        return schema;
    }

    /** {@code NOT_FOUND} as {@code NotFound}. */
    static String pascal(String constant) {
        return Arrays.stream(constant.split("_"))
                .map(w -> w.charAt(0) + w.substring(1).toLowerCase()).collect(Collectors.joining());
    }
}
