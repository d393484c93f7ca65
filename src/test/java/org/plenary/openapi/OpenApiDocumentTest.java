package org.plenary.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.plenary.PlenaryTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The OpenAPI document served by the application is the contract: it is kept in {@code docs/openapi.json}, from
 * which the build generates the Java client of {@code GeneratedClientJourneyTest}. A served document that differs
 * from the kept one is written over it and fails the test, so that the change is seen and committed.
 */
class OpenApiDocumentTest extends PlenaryTest {

    static final Path KEPT = Path.of("docs/openapi.json");

    @Test
    void theKeptDocumentIsTheServedOne() throws IOException {
        var answer = api().get("/v3/api-docs");
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        String served = pretty(answer.json());
        String kept = Files.exists(KEPT) ? Files.readString(KEPT, StandardCharsets.UTF_8) : "";
        if (!served.equals(kept)) {
            Files.writeString(KEPT, served, StandardCharsets.UTF_8);
        }
        assertThat(kept).as("docs/openapi.json was out of date and has been rewritten: commit it").isEqualTo(served);
    }

    private static String pretty(JsonNode document) {
        return JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build()
                .writeValueAsString(document) + "\n";
    }
}
