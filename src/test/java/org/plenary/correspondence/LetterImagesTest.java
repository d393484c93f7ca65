package org.plenary.correspondence;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plenary.PlenaryTest;
import org.plenary.support.Api;

/** Rendering a letter as PDF makes no request on the server's behalf: an image in its Markdown is not fetched. */
class LetterImagesTest extends PlenaryTest {

    private HttpServer internal;
    private final AtomicInteger requests = new AtomicInteger();

    @BeforeEach
    void anInternalServiceThatCountsItsRequests() throws Exception {
        internal = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        internal.createContext("/", exchange -> {
            requests.incrementAndGet();
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        internal.start();
    }

    @AfterEach
    void stopTheService() {
        internal.stop(0);
    }

    @Test
    void anImageInALetterIsNotFetchedWhenItsPdfIsRendered() throws Exception {
        Api admin = admin();
        String treaty = unique("L").toUpperCase().replace("-", "");
        admin.post("/treaties", Map.of("code", treaty, "title", "Convention on Cluster Munitions"));
        String process = admin.post("/processes", Map.of("code", unique("P"), "title", "Second Review Conference",
                "treaty", treaty, "timeZone", "Europe/Zurich", "languages", List.of("en"))).json().get("id").asString();
        String username = unique("secretariat");
        String id = admin.post("/users", Map.of("username", username, "password", "officer-password",
                "displayName", "Secretariat", "email", username + "@example.org")).json().get("id").asString();
        admin.post("/processes/" + process + "/officers", Map.of("userId", id, "role", "SECRETARIAT"));
        Api secretariat = api().as(tokenFor(username, "officer-password"));
        String internalUrl = "http://127.0.0.1:" + internal.getAddress().getPort();
        Api.Response created = secretariat.post("/processes/" + process + "/letters", Map.of("reference",
                unique("REF"), "date", "2020-06-18", "place", "Geneva", "subject", "Images",
                "body", "Excellency,\n\n![x](" + internalUrl + "/admin/secret.png)\n\n<img src=\"" + internalUrl
                        + "/raw.png\">\n\nWith the assurances of my highest consideration.",
                "addressees", List.of("STATES_PARTIES")));
        assertThat(created.status()).as(created.text()).isEqualTo(201);

        HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                "http://localhost:" + port + "/api/v1/processes/" + process + "/letters/"
                        + created.json().get("id").asString() + "/pdf"))
                .header("Authorization", "Bearer " + tokenFor(username, "officer-password")).build(),
                HttpResponse.BodyHandlers.ofByteArray());

        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(new PDFTextStripper().getText(Loader.loadPDF(pdf.body())))
                .contains("With the assurances of my highest consideration");
        assertThat(requests.get()).as("requests the internal service received").isZero();
    }
}
