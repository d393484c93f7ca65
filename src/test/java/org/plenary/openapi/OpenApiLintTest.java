package org.plenary.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.plenary.support.NodeTools;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The kept OpenAPI document ({@link OpenApiDocumentTest} keeps it equal to the served one) passes Redocly's
 * recommended rules, and says what a generated client needs: a named operation, a success answer and the
 * refusals of each call, the {@code Location} of what a create made.
 */
class OpenApiLintTest {

    private static final JsonNode DOCUMENT = JsonMapper.builder().build()
            .readTree(OpenApiDocumentTest.KEPT.toFile());

    @Test
    void redoclyFindsNoErrorWithItsRecommendedRules() {
        NodeTools.Run lint = NodeTools.npx(Path.of("."), "@redocly/cli@2.77.0", "lint", "--format=stylish",
                "--max-problems=1000", OpenApiDocumentTest.KEPT.toString());
        assertThat(lint.exitCode()).as(lint.output()).isZero();
        assertThat(lint.output()).contains("Your API description is valid");
    }

    @Test
    void everyOperationIsNamedAndSaysWhatItAnswers() {
        List<String> ids = new ArrayList<>();
        DOCUMENT.path("paths").properties().forEach(path -> path.getValue().properties().forEach(method -> {
            JsonNode operation = method.getValue();
            String where = method.getKey() + " " + path.getKey();
            ids.add(operation.path("operationId").asString());
            assertThat(operation.path("operationId").asString()).as(where).matches("[a-z][A-Za-z]+");
            assertThat(operation.path("summary").asString()).as(where).isNotBlank();
            assertThat(operation.path("responses").propertyNames()).as(where)
                    .anyMatch(code -> code.startsWith("2")).anyMatch(code -> code.startsWith("4"));
            boolean anonymous = operation.has("security") && operation.path("security").isEmpty();
            if (!anonymous) {
                assertThat(operation.path("responses").propertyNames()).as(where).contains("401");
            }
            if (operation.path("responses").has("201")) {
                assertThat(operation.path("responses").path("201").path("headers").has("Location")).as(where).isTrue();
            }
            operation.path("responses").properties().forEach(response -> assertThat(
                    response.getValue().path("content").propertyNames()).as(where).doesNotContain("*/*"));
        }));
        assertThat(ids).doesNotHaveDuplicates().contains("circulateSilenceProcedure", "objectToSilenceProcedure");
        assertThat(DOCUMENT.at("/components/securitySchemes/bearer/scheme").asString()).isEqualTo("bearer");
        assertThat(DOCUMENT.at("/components/schemas/Problem/required").toString()).contains("type", "status");
        assertThat(DOCUMENT.at("/paths/~1api~1v1~1processes~1{pid}~1silence-procedures/post/responses")
                .propertyNames()).contains("201", "400", "401", "403", "404", "409");
    }
}
