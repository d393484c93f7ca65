package org.plenary.silence;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.plenary.PlenaryTest;
import org.plenary.support.Fixtures;
import org.plenary.support.WebSession;

/**
 * Pages are read and shared at addresses people can read: a procedure at its reference ({@code SP.2}), a meeting at
 * its kind and number ({@code PM.2}), a document at its symbol with its slashes; the old addresses with ids lead there
 * (301), and an unknown key is a 404 page in the reader's language.
 */
class ReadableAddressesTest extends PlenaryTest {

    private SilenceWorld world;
    private String code;

    @AfterEach
    void withdrawOpen() {
        world.withdrawOpen();
    }

    @Test
    void aProcedureIsReadAtItsReferenceAndItsOldAddressesLeadThere() throws Exception {
        create();
        String id = world.circulated(world.proposal(Instant.now().plus(Duration.ofHours(2))));
        String reference = world.presidency().api().get(world.path(id)).json().get("reference").asString();
        String readable = "/processes/" + code + "/silence/" + reference;

        HttpResponse<String> page = anonymous(readable, "en");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(reference).contains("action=\"" + readable + "\"");
        HttpResponse<String> old = anonymous("/processes/" + code + "/silence-procedures/" + id, "en");
        assertThat(old.statusCode()).isEqualTo(301);
        HttpResponse<String> byId = anonymous(location(old), "en");
        assertThat(byId.statusCode()).isEqualTo(301);
        assertThat(location(byId)).isEqualTo(readable);
        assertThat(location(anonymous("/processes/" + code + "/silence/" + id + "?version=en", "en")))
                .as("the query is kept").isEqualTo(readable + "?version=en");
        assertThat(anonymous("/processes/" + code + "/silence-procedures", "en").body())
                .contains("href=\"" + readable + "\"");
        assertThat(anonymous("/api/v1/processes/" + world.process() + "/calendar.ics", "en").body()
                .replace("\r\n ", "")).contains(readable);

        WebSession officer = WebSession.signIn(port, world.presidency().username(), Fixtures.PASSWORD);
        assertThat(officer.get(readable + "/versions/fr").statusCode()).as("the form of a version").isEqualTo(200);

        HttpResponse<String> unknown = anonymous("/processes/" + code + "/silence/SP.999", "fr");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("Page introuvable");
    }

    @Test
    void aMeetingIsReadAtItsKindAndNumber() {
        create();
        String second = world.presidency().api().post("/processes/" + world.process() + "/meetings", meeting(
                "Second Preparatory Meeting", "PREPARATORY_MEETING")).json().get("id").asString();
        world.presidency().api().post("/processes/" + world.process() + "/meetings", meeting("Briefing",
                "INFORMAL_BRIEFING"));
        WebSession delegate = WebSession.signIn(port, world.delegateA().username(), Fixtures.PASSWORD);
        String meetings = "/processes/" + code + "/meetings/";

        HttpResponse<String> page = delegate.get(meetings + "PM.2");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Second Preparatory Meeting");
        HttpResponse<String> old = delegate.get(meetings + second);
        assertThat(old.statusCode()).isEqualTo(301);
        assertThat(location(old)).isEqualTo(meetings + "PM.2");
        assertThat(location(delegate.get(meetings + second + "/agenda"))).isEqualTo(meetings + "PM.2/agenda");
        assertThat(delegate.get(meetings + "PM.1/agenda").statusCode()).isEqualTo(200);
        assertThat(delegate.get("/processes/" + code + "/meetings").body())
                .contains("href=\"" + meetings + "PM.1\"", "href=\"" + meetings + "PM.2\"", "href=\"" + meetings + "IB.1\"");

        HttpResponse<String> unknown = delegate.get(meetings + "PM.9?lang=fr");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("Page introuvable");
        assertThat(delegate.get(meetings + "XY.1").statusCode()).isEqualTo(404);
    }

    @Test
    void aDocumentIsReadAtItsSymbolWithItsSlashes() throws Exception {
        create();
        String general = world.document("Possible elements of the Lausanne Action Plan", "GENERAL", "en", "fr");
        String limited = world.document("Draft review document", "LIMITED", "en");
        String symbol = world.presidency().api().get("/processes/" + world.process() + "/documents/" + general).json()
                .get("symbol").asString();
        String readable = "/processes/" + code + "/documents/" + symbol;

        HttpResponse<String> page = anonymous(readable, "en");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Possible elements of the Lausanne Action Plan")
                .contains("href=\"" + readable + "/files/fr\"");
        HttpResponse<String> file = anonymous(readable + "/files/fr", "en");
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.body()).contains("Possible elements of the Lausanne Action Plan (fr)");
        HttpResponse<String> old = anonymous("/processes/" + code + "/documents/" + general, "en");
        assertThat(old.statusCode()).isEqualTo(301);
        assertThat(location(old)).isEqualTo(readable);
        assertThat(anonymous("/processes/" + world.process() + "/documents/" + general + "/files/en", "en").statusCode())
                .as("the file links of e-mails sent before").isEqualTo(200);
        assertThat(anonymous("/processes/" + code + "/documents", "en").body()).contains("href=\"" + readable + "\"");

        HttpResponse<String> hidden = anonymous("/processes/" + code + "/documents/" + limited, "en");
        assertThat(hidden.statusCode()).as("a document the reader may not read gives away no symbol").isEqualTo(404);
        assertThat(hidden.headers().firstValue("Location")).isEmpty();
        HttpResponse<String> unknown = anonymous("/processes/" + code + "/documents/CCM/CONF/1/WP.9999", "fr");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("Page introuvable");
    }

    private void create() {
        world = SilenceWorld.create(admin(), "PT1H");
        code = admin().get("/processes/" + world.process()).json().get("code").asString();
    }

    private static Map<String, Object> meeting(String title, String kind) {
        return Map.of("title", title, "kind", kind, "format", "IN_PERSON", "start", "2030-06-08T10:00:00+02:00",
                "end", "2030-06-08T13:00:00+02:00");
    }

    private static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElseThrow();
    }

    private HttpResponse<String> anonymous(String path, String language) throws Exception {
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Accept-Language", language).build(), HttpResponse.BodyHandlers.ofString());
        }
    }
}
