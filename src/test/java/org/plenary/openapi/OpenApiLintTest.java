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

    @Test
    void requestBodiesSayWhatTheyRequireInWhichFormatWithExamples() {
        JsonNode schemas = DOCUMENT.at("/components/schemas");
        schemas.properties().forEach(schema -> schema.getValue().path("required").valueStream().forEach(field ->
                assertThat(schema.getValue().path("properties").has(field.asString()))
                        .as(schema.getKey() + " requires " + field.asString() + ", which it does not have").isTrue()));
        assertThat(schemas.at("/NewProcedure/required").toString()).as("a proposal, or drafts instead")
                .contains("subject", "deadline").doesNotContain("proposal");
        assertThat(schemas.at("/NewProcedure/properties/deadline/format").asString()).isEqualTo("date-time");
        assertThat(schemas.at("/NewProcedure/properties/documents/items/format").asString()).isEqualTo("uuid");
        assertThat(schemas.at("/NewAccount/properties/email/format").asString()).isEqualTo("email");
        assertThat(schemas.at("/NewAccount/properties/participantId/format").asString()).isEqualTo("uuid");
        assertThat(schemas.at("/NewProcess/properties/silenceMinimumPeriod/format").asString()).isEqualTo("duration");
        assertThat(schemas.at("/NewProcess/examples/0/code").asString()).isEqualTo("CCM-2RC");
        assertThat(schemas.at("/NewLetterVersion/required").toString()).contains("body");
        assertThat(DOCUMENT.at("/paths/~1api~1v1~1treaties~1{code}~1statuses/post/requestBody/content/text~1csv"
                + "/schema/contentMediaType").asString()).isEqualTo("text/csv");
    }
}
