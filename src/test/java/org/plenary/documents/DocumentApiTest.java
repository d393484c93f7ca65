package org.plenary.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plenary.PlenaryTest;
import org.plenary.support.Api;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class DocumentApiTest extends PlenaryTest {

    private String process;
    private String officer;
    private String delegate;
    private String prefix;
    private String series;

    @BeforeEach
    void aProcessWithAnOfficerAndADelegate() {
        Api admin = admin();
        String treaty = unique("T").toUpperCase().replace("-", "");
        admin.post("/treaties", Map.of("code", treaty, "title", "Treaty"));
        process = admin.post("/processes", Map.of("code", unique("P"), "title", "Conference", "treaty", treaty,
                "timeZone", "Europe/Zurich", "languages", List.of("en", "fr", "es"))).json().get("id").asString();
        String officerName = unique("officer");
        String officerId = admin.post("/users", Map.of("username", officerName, "password", "officer-password",
                "displayName", "Officer", "email", "o@example.org")).json().get("id").asString();
        admin.post("/processes/" + process + "/officers", Map.of("userId", officerId, "role", "SECRETARIAT"));
        officer = tokenFor(officerName, "officer-password");
        String state = admin.post("/participants", Map.of("name", unique("State"), "kind", "STATE")).json()
                .get("id").asString();
        String delegateName = unique("delegate");
        admin.post("/users", Map.of("username", delegateName, "password", "delegate-password", "displayName",
                "Delegate", "email", "d@example.org", "participantId", state));
        delegate = tokenFor(delegateName, "delegate-password");
        prefix = "CCM/CONF/" + (1000 + (int) (Math.random() * 8999)) + "/";
        series = prefix + "WP." + (int) (Math.random() * 9000 + 1);
    }

    private HttpResponse<String> publish(String token, String metadata, String language, byte[] file) throws Exception {
        return new Multipart().json("metadata", metadata)
                .file(language, "paper.pdf", "application/pdf", file)
                .post(url("/documents"), token);
    }

    private String metadata(String symbol, String distribution) {
        return "{\"symbol\":\"" + symbol + "\",\"title\":\"Possible elements of the Lausanne Action Plan\","
                + "\"type\":\"WORKING_PAPER\",\"distribution\":\"" + distribution + "\",\"originalLanguage\":\"en\","
                + "\"agendaItem\":\"5 (b)\",\"submittedBy\":\"the President\"}";
    }

    private String url(String path) {
        return "http://localhost:" + port + "/api/v1/processes/" + process + path;
    }

    private static JsonNode json(HttpResponse<String> response) {
        return JsonMapper.builder().build().readTree(response.body());
    }

    @Test
    void anOfficerPublishesAWorkingPaperThatAnybodyCanReadAndDownload() throws Exception {
        byte[] pdf = Multipart.pdf("Working Paper 4");
        HttpResponse<String> created = publish(officer, metadata(series, "GENERAL"), "en", pdf);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode doc = json(created);
        assertThat(created.headers().firstValue("Location")).hasValueSatisfying(l -> l.endsWith(doc.get("id").asString()));
        assertThat(doc.get("symbol").asString()).isEqualTo(series);
        assertThat(doc.get("languages").get(0).asString()).isEqualTo("en");
        assertThat(doc.get("files").get(0).get("contentType").asString()).isEqualTo("application/pdf");
        assertThat(doc.get("files").get(0).get("size").asLong()).isEqualTo(pdf.length);

        HttpResponse<byte[]> file = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(url("/documents/" + doc.get("id").asString() + "/files/en"))).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.body()).isEqualTo(pdf);
        assertThat(file.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(file.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("filename*=UTF-8''" + series.replace('/', '-') + "-en.pdf");
        String etag = file.headers().firstValue("ETag").orElseThrow();
        assertThat(HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(url("/documents/" + doc.get("id").asString() + "/files/en")))
                .header("If-None-Match", "W/" + etag).build(), HttpResponse.BodyHandlers.discarding()).statusCode())
                .as("weak comparison").isEqualTo(304);

        HttpResponse<byte[]> part = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(url("/documents/" + doc.get("id").asString() + "/files/en"))).header("Range", "bytes=0-7").build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(part.statusCode()).isEqualTo(206);
        assertThat(new String(part.body())).startsWith("%PDF-");
        assertThat(part.headers().firstValue("Content-Range")).hasValue("bytes 0-7/" + pdf.length);

        Api.Response bySymbol = api().get("/processes/" + process + "/documents?symbol=" + series);
        assertThat(bySymbol.status()).isEqualTo(200);
        assertThat(bySymbol.json().size()).isEqualTo(1);
    }

    @Test
    void aRevisionSupersedesTheRevisedTextAndCarriesRevN() throws Exception {
        String id = json(publish(officer, metadata(series, "GENERAL"), "en", Multipart.pdf("v1"))).get("id").asString();
        HttpResponse<String> rev = new Multipart().json("metadata", metadata(null, "GENERAL").replace("\"null\"", "null"))
                .file("en", "rev1.pdf", "application/pdf", Multipart.pdf("v2"))
                .post(url("/documents/" + id + "/revisions"), officer);
        assertThat(rev.statusCode()).as(rev.body()).isEqualTo(201);
        assertThat(json(rev).get("symbol").asString()).isEqualTo(series + "/Rev.1");
        JsonNode original = api().get("/processes/" + process + "/documents/" + id).json();
        assertThat(original.get("supersededBy").asString()).isEqualTo(json(rev).get("id").asString());
        assertThat(original.get("revisions").size()).isEqualTo(2);

        HttpResponse<String> again = new Multipart().json("metadata", metadata(null, "GENERAL"))
                .file("en", "rev.pdf", "application/pdf", Multipart.pdf("v2b"))
                .post(url("/documents/" + id + "/revisions"), officer);
        assertThat(again.statusCode()).isEqualTo(409);
    }

    @Test
    void limitedAndRestrictedDocumentsAreInvisibleToThoseNotEntitled() throws Exception {
        String limited = json(publish(officer, metadata(prefix + "L.1", "LIMITED"),
                "en", Multipart.pdf("draft"))).get("id").asString();
        String restricted = json(publish(officer, metadata(prefix + "INF.1", "RESTRICTED"), "en",
                Multipart.pdf("internal"))).get("id").asString();
        assertThat(api().get("/processes/" + process + "/documents/" + limited).status()).isEqualTo(404);
        assertThat(api().get("/processes/" + process + "/documents/" + limited + "/files/en").status()).isEqualTo(404);
        assertThat(api().as(delegate).get("/processes/" + process + "/documents/" + limited).status()).isEqualTo(200);
        assertThat(api().as(delegate).get("/processes/" + process + "/documents/" + restricted).status()).isEqualTo(404);
        assertThat(api().as(officer).get("/processes/" + process + "/documents/" + restricted).status()).isEqualTo(200);
    }

    @Test
    void badUploadsAreRefusedAndNothingIsStored() throws Exception {
        long before = jdbc.sql("select count(*) from document").query(Long.class).single();
        assertThat(publish(delegate, metadata(series, "GENERAL"), "en", Multipart.pdf("x")).statusCode()).isEqualTo(403);
        assertThat(publish(null, metadata(series, "GENERAL"), "en", Multipart.pdf("x")).statusCode()).isEqualTo(401);
        assertThat(publish(officer, metadata("not a symbol", "GENERAL"), "en", Multipart.pdf("x")).statusCode()).isEqualTo(400);
        assertThat(publish(officer, metadata(series, "GENERAL"), "xx", Multipart.pdf("x")).statusCode()).isEqualTo(400);
        assertThat(publish(officer, metadata(series, "GENERAL"), "en", new byte[0]).statusCode()).isEqualTo(400);
        assertThat(publish(officer, "{not json", "en", Multipart.pdf("x")).statusCode()).isEqualTo(400);
        HttpResponse<String> disguised = new Multipart().json("metadata", metadata(series, "GENERAL"))
                .file("en", "paper.pdf", "application/pdf", "MZ\u0090\u0000 an executable".getBytes())
                .post(url("/documents"), officer);
        assertThat(disguised.statusCode()).isEqualTo(415);
        assertThat(jdbc.sql("select count(*) from document").query(Long.class).single()).isEqualTo(before);

        assertThat(publish(officer, metadata(series, "GENERAL"), "en", Multipart.pdf("x")).statusCode()).isEqualTo(201);
        assertThat(publish(officer, metadata(series, "GENERAL"), "en", Multipart.pdf("x")).statusCode()).isEqualTo(409);
    }

    @Test
    void searchFindsSymbolsTitlesAndTextInTheLanguageOfEachFile() throws Exception {
        HttpResponse<String> created = new Multipart().json("metadata", metadata(series, "GENERAL"))
                .file("en", "wp4.pdf", "application/pdf", Multipart.pdf("Victim assistance remains a priority of States"))
                .file("fr", "wp4.docx", "application/octet-stream", Multipart.docx("Les États parties renforcent la dépollution"))
                .post(url("/documents"), officer);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = json(created).get("id").asString();

        await().atMost(Duration.ofSeconds(30)).until(() -> api().get("/processes/" + process + "/documents/" + id)
                .json().get("files").valueStream().allMatch(f -> f.get("text").asString().equals("EXTRACTED")));
        JsonNode english = api().get("/processes/" + process + "/documents?q=" + "victims%20priorities").json();
        assertThat(english.size()).isEqualTo(1);
        assertThat(english.get(0).get("id").asString()).isEqualTo(id);
        assertThat(english.get(0).get("matches").get(0).get("language").asString()).isEqualTo("en");
        assertThat(english.get(0).get("matches").get(0).get("snippet").asString()).contains("«Victim»");

        JsonNode french = api().get("/processes/" + process + "/documents?q=" + "%C3%A9tat%20partie").json();
        assertThat(french.size()).isEqualTo(1);
        assertThat(french.get(0).get("matches").get(0).get("language").asString()).isEqualTo("fr");

        assertThat(api().get("/processes/" + process + "/documents?q=" + series.replace("/", "%2F")).json().size())
                .isEqualTo(1);
        assertThat(api().get("/processes/" + process + "/documents?q=Lausanne%20stockpiles").json().size()).isZero();
        assertThat(api().get("/processes/" + process + "/documents?q=").status()).isEqualTo(400);
    }

    @Test
    void languageVersionsAreAddedLaterAndFileNamesAreMadeSafe() throws Exception {
        String id = json(publish(officer, metadata(series, "GENERAL"), "en", Multipart.pdf("original"))).get("id").asString();
        HttpResponse<String> french = new Multipart()
                .file("fr", "..\\..\\../etc/<script>.pdf", "application/pdf", Multipart.pdf("version française"))
                .post(url("/documents/" + id + "/languages"), officer);
        assertThat(french.statusCode()).as(french.body()).isEqualTo(200);
        assertThat(json(french).get("languages").valueStream().map(JsonNode::asString)).containsExactly("en", "fr");
        String fileName = json(french).get("files").get(1).get("fileName").asString();
        assertThat(fileName).isEqualTo("<script>.pdf").doesNotContain("/", "\\", "..");

        HttpResponse<String> twice = new Multipart().file("fr", "again.pdf", "application/pdf", Multipart.pdf("x"))
                .post(url("/documents/" + id + "/languages"), officer);
        assertThat(twice.statusCode()).isEqualTo(409);
        HttpResponse<String> byDelegate = new Multipart().file("es", "es.pdf", "application/pdf", Multipart.pdf("x"))
                .post(url("/documents/" + id + "/languages"), delegate);
        assertThat(byDelegate.statusCode()).isEqualTo(403);
    }

    @Test
    void anUnchangedFileIsNotSentAgain() throws Exception {
        String id = json(publish(officer, metadata(series, "GENERAL"), "en", Multipart.pdf("etag"))).get("id").asString();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url("/documents/" + id + "/files/en")));
        String etag = HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.discarding())
                .headers().firstValue("ETag").orElseThrow();
        HttpResponse<byte[]> again = HttpClient.newHttpClient().send(request.header("If-None-Match", etag).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
    }

    @Test
    void anUploadAboveTheLimitIsAnswered413AndNothingIsStored() throws Exception {
        long before = jdbc.sql("select count(*) from document").query(Long.class).single();
        byte[] tooLarge = new byte[50 * 1024 * 1024 + 1];
        byte[] pdf = Multipart.pdf("large");
        System.arraycopy(pdf, 0, tooLarge, 0, pdf.length);
        HttpResponse<String> response = publish(officer, metadata(series, "GENERAL"), "en", tooLarge);
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(json(response).get("status").asInt()).isEqualTo(413);
        assertThat(jdbc.sql("select count(*) from document").query(Long.class).single()).isEqualTo(before);
    }
}
