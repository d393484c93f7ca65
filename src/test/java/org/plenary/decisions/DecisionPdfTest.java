package org.plenary.decisions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plenary.support.ApiAssertions.assertProblem;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.plenary.PlenaryTest;
import org.plenary.silence.ConcludeProcedure;
import org.plenary.support.PrintedPdf;
import org.plenary.support.TestClock;
import org.plenary.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A decision prints as a UN document in each of its languages, PDF/A with its fonts embedded, with the statements
 * attached to it when it is printed: a reservation attached after the adoption is in the next PDF.
 */
class DecisionPdfTest extends PlenaryTest {

    @Autowired
    TestClock clock;

    @Autowired
    ConcludeProcedure conclude;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void aReservationAttachedAfterAdoptionIsInTheDecisionsPdfInEachLanguage() throws Exception {
        DecisionWorld world = DecisionWorld.create(admin());
        String id = world.adopted(clock, conclude, "Request of Bulgaria for an extension of its Article 4 deadline",
                "The Meeting grants the request of Bulgaria.\n\nIt asks Bulgaria to report on progress annually.",
                "La Réunion accède à la demande de la Bulgarie.").get("id").asString();
        String pdf = world.path() + "/" + id + "/pdf";
        PrintedPdf before = PrintedPdf.read(bytes("/api/v1" + pdf));
        assertThat(before.text()).contains("SP.1", "Distr.: General", "Original: English",
                "Request of Bulgaria for an extension of its Article 4 deadline", "Adopted by silence procedure on",
                "The Meeting grants the request of Bulgaria.", "It asks Bulgaria to report on progress annually.")
                .doesNotContain("Reservation");

        assertThat(world.partyDelegate().api().post(world.path() + "/" + id + "/statements", Map.of("kind",
                "RESERVATION", "text", "The State reserves its position on the second paragraph.")).status())
                .isEqualTo(201);
        String state = world.admin().get("/participants/" + world.party()).json().get("name").asString();

        byte[] english = bytes("/api/v1" + pdf);
        PrintedPdf printed = PrintedPdf.read(english);
        assertThat(printed.text()).contains("Statements attached to the decision", "Reservation by " + state,
                "The State reserves its position on the second paragraph.");
        assertThat(printed.language()).isEqualTo("en");
        assertThat(printed.fontsNotEmbedded()).isEmpty();
        assertThat(PrintedPdf.pdfaFailures(english)).isEmpty();

        String code = world.admin().get("/processes/" + world.process()).json().get("code").asString();
        PrintedPdf french = PrintedPdf.read(bytes("/processes/" + code + "/decisions/" + id + ".pdf?lang=fr"));
        assertThat(french.language()).isEqualTo("fr");
        assertThat(french.text()).contains("La Réunion accède à la demande de la Bulgarie.", "Réserve de " + state,
                "The State reserves its position on the second paragraph.", "Déclarations jointes à la décision");

        String statement = world.partyDelegate().api().get(world.path() + "/" + id).json().get("statements").get(0)
                .get("id").asString();
        String versions = world.path() + "/" + id + "/statements/" + statement + "/versions/";
        Map<String, String> inFrench = Map.of("text", "L’État réserve sa position sur le second paragraphe.");
        assertProblem(unchanged(() -> world.signatoryDelegate().api().put(versions + "fr", inFrench)), 403);
        assertProblem(unchanged(() -> world.partyDelegate().api().put(versions + "de", inFrench)), 400);
        assertProblem(unchanged(() -> world.partyDelegate().api().put(versions + "fr", Map.of("text", " "))), 400);
        assertProblem(unchanged(() -> world.partyDelegate().api().put(world.path() + "/" + id + "/statements/"
                + UUID.randomUUID() + "/versions/fr", inFrench)), 404);
        assertThat(world.partyDelegate().api().put(versions + "fr", inFrench).json().get("versions").get("fr")
                .asString()).startsWith("L’État réserve");
        assertThat(count("select count(*) from audit_entry where action = 'decisions.statement.version.written' "
                + "and object_id = ?", statement)).isOne();
        assertThat(PrintedPdf.read(bytes("/processes/" + code + "/decisions/" + id + ".pdf?lang=fr")).text())
                .contains("L’État réserve sa position sur le second paragraphe.")
                .doesNotContain("The State reserves its position");
        assertThat(PrintedPdf.read(bytes("/api/v1" + pdf)).text())
                .contains("The State reserves its position on the second paragraph.");
        assertThat(WebSession.anonymous(port).get("/processes/" + code + "/decisions/" + id + "?version=fr").body())
                .contains("L’État réserve sa position sur le second paragraphe.");

        assertProblem(api().get(pdf + "?lang=ru"), 404);
        assertProblem(api().get(pdf + "?lang=xx"), 400);
    }

    private byte[] bytes(String path) throws Exception {
        try (HttpClient client = HttpClient.newHttpClient()) {
            HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                    + path)).build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
            return response.body();
        }
    }
}
