package org.plenary.shared.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.http.HttpStatus;

/**
 * What each operation answers besides success: the problem details of the refusals it can meet (RFC 9457), who
 * may call it without a token, and the {@code Location} of what a create made.
 */
final class ApiResponses {

    /** Operations anybody may call, with no token (a private calendar is opened by the secret in its address). */
    private static final Set<String> ANONYMOUS = Set.of("signIn", "requestPasswordReset", "getPrivateCalendar");

    /** Operations anybody may call; a token shows more (documents that are not public, for instance). */
    private static final Set<String> TOKEN_OPTIONAL = Set.of("listDocuments", "getDocument", "getDocumentFile",
            "getProcessCalendar", "getMeetingCalendar", "getAuditTreeHead", "proveAuditConsistency");

    /** In a fixed order, so that the document is the same at every start. */
    private static final Map<HttpStatus, String> DESCRIPTIONS = new TreeMap<>(Map.of(
            HttpStatus.BAD_REQUEST, "Malformed or invalid input; `errors[]` names each wrong field",
            HttpStatus.UNAUTHORIZED, "No valid token (or wrong credentials when signing in)",
            HttpStatus.FORBIDDEN, "Signed in but not allowed; `detail` says why",
            HttpStatus.NOT_FOUND, "Unknown, or not visible to the caller",
            HttpStatus.CONFLICT, "In conflict with the current state: closed, already done, duplicate, changed meanwhile",
            HttpStatus.CONTENT_TOO_LARGE, "The upload is larger than allowed",
            HttpStatus.UNSUPPORTED_MEDIA_TYPE, "A file of a type that is not accepted",
            HttpStatus.TOO_MANY_REQUESTS, "Too many failed sign-ins: wait for `Retry-After` seconds"));

    private ApiResponses() {
    }

    static void describe(OpenAPI document) {
        DESCRIPTIONS.forEach((status, description) -> document.getComponents().addResponses(name(status),
                new ApiResponse().description(description).content(new Content().addMediaType(
                        ApiSchemas.PROBLEM_JSON, new MediaType().schema(ApiSchemas.ref(ApiSchemas.PROBLEM))))));
        document.getComponents().getResponses().get(name(HttpStatus.TOO_MANY_REQUESTS)).addHeaderObject("Retry-After",
                new Header().description("Seconds to wait before the next attempt")
                        .schema(ApiDocument.typed("integer")));
        document.getPaths().forEach((path, item) -> item.readOperationsMap()
                .forEach((method, operation) -> describe(path, method, operation)));
    }

    private static void describe(String path, PathItem.HttpMethod method, Operation operation) {
        String id = operation.getOperationId();
        if (ANONYMOUS.contains(id)) {
            operation.setSecurity(List.of());
        } else if (TOKEN_OPTIONAL.contains(id)) {
            operation.setSecurity(List.of(new SecurityRequirement(),
                    new SecurityRequirement().addList(ApiDocument.BEARER)));
        }
        var responses = operation.getResponses();
        ApiResponse created = responses.get("201");
        if (created != null) {
            created.addHeaderObject("Location", new Header().required(true)
                    .description("The address of what was created").schema(ApiDocument.typed("string")));
        }
        boolean hasInput = operation.getRequestBody() != null
                || (operation.getParameters() != null && !operation.getParameters().isEmpty());
        boolean upload = operation.getRequestBody() != null
                && operation.getRequestBody().getContent().keySet().stream().noneMatch(t -> t.endsWith("json"));
        refuse(operation, HttpStatus.BAD_REQUEST, hasInput);
        refuse(operation, HttpStatus.UNAUTHORIZED, !id.equals("requestPasswordReset"));
        refuse(operation, HttpStatus.FORBIDDEN, !ANONYMOUS.contains(id) && !TOKEN_OPTIONAL.contains(id));
        refuse(operation, HttpStatus.NOT_FOUND, path.contains("{"));
        refuse(operation, HttpStatus.CONFLICT, method != PathItem.HttpMethod.GET && !ANONYMOUS.contains(id)
                && !id.equals("signOut"));
        refuse(operation, HttpStatus.CONTENT_TOO_LARGE, upload);
        refuse(operation, HttpStatus.UNSUPPORTED_MEDIA_TYPE, upload);
        refuse(operation, HttpStatus.TOO_MANY_REQUESTS, id.equals("signIn"));
    }

    private static void refuse(Operation operation, HttpStatus status, boolean applies) {
        String code = String.valueOf(status.value());
        if (applies) {
            operation.getResponses().addApiResponse(code,
                    new ApiResponse().$ref("#/components/responses/" + name(status)));
        }
    }

    private static String name(HttpStatus status) {
        return ApiSchemas.pascal(status.name());
    }
}
