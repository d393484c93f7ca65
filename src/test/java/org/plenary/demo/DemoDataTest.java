package org.plenary.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.plenary.support.Api;
import org.plenary.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import org.plenary.support.TemporaryDirectories;

/** The demo profile on its own embedded database: the 2RC as the README promises it, set up once. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
@DirtiesContext
class DemoDataTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        String dataDir = TemporaryDirectories.create("plenary-demo-test-").toString();
        registry.add("plenary.db.data-dir", () -> dataDir);
        registry.add("plenary.db.url", () -> "");
    }

    @LocalServerPort
    int port;

    @Autowired
    DemoData demoData;

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyDemoAccountSignsInWithTheDemoPassword() {
        for (String username : new String[] {"admin", "president", "secretariat", "delegate.che", "delegate.lao",
                "delegate.ago", "delegate.niu", "delegate.icrc"}) {
            assertThat(signIn(username).status()).as(username).isEqualTo(200);
        }
    }

    @Test
    void thePresidentAndTheSecretariatRunTheProcess() {
        JsonNode officers = api().get("/processes/CCM-2RC/officers").json();
        assertThat(officers).extracting(o -> o.get("username").asString() + ":" + o.get("role").asString())
                .containsExactlyInAnyOrder("president:PRESIDENCY", "secretariat:SECRETARIAT");
        assertThat(api().get("/processes/CCM-2RC").json().get("timeZone").asString()).isEqualTo("Europe/Zurich");
    }

    @Test
    void theFirstPreparatoryMeetingWasMovedAndTheSecondHasItsTenItemAgenda() {
        JsonNode meetings = await("moved once the silence procedure's adoption reaches meetings")
                .atMost(Duration.ofSeconds(20)).until(() -> api().get("/processes/CCM-2RC/meetings").json(),
                        m -> !m.get(0).get("dateHistory").isEmpty());
        assertThat(meetings).extracting(m -> m.get("title").asString())
                .containsExactly("First Preparatory Meeting", "Second Preparatory Meeting");
        assertThat(meetings.get(0).get("start").asString()).isEqualTo("2020-06-29T10:00:00+02:00");
        assertThat(meetings.get(0).get("dateHistory").get(0).get("previousStart").asString())
                .isEqualTo("2020-06-08T10:00:00+02:00");
        JsonNode agenda = meetings.get(1).get("agenda");
        assertThat(agenda).hasSize(10);
        assertThat(agenda.get(4).get("items").get(1).get("label").asString()).isEqualTo("5 (b)");
    }

    @Test
    void theSecondPreparatoryMeetingHasItsProvisionalAgendaAndWorkingPaper4AsPdfDocuments() throws Exception {
        JsonNode agenda = api().get("/processes/CCM-2RC/documents?symbol=CCM/CONF/2020/PM.2/1").json().get(0);
        JsonNode paper = api().get("/processes/CCM-2RC/documents?symbol=CCM/CONF/2020/WP.4").json().get(0);
        String meeting = api().get("/processes/CCM-2RC/meetings").json().get(1).get("id").asString();
        assertThat(agenda.get("type").asString()).isEqualTo("PROVISIONAL_AGENDA");
        assertThat(agenda.get("meetingId").asString()).isEqualTo(meeting);
        assertThat(agenda.get("agendaItem").asString()).isEqualTo("2");
        assertThat(paper.get("title").asString()).isEqualTo("Possible elements of the Lausanne Action Plan");
        assertThat(paper.get("agendaItem").asString()).isEqualTo("5 (b)");
        assertThat(paper.get("meetingId").asString()).isEqualTo(meeting);

        java.net.http.HttpResponse<byte[]> file = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port
                        + "/api/v1/processes/CCM-2RC/documents/" + paper.get("id").asString() + "/files/en")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertThat(file.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/pdf"));
        String text = new org.apache.pdfbox.text.PDFTextStripper().getText(org.apache.pdfbox.Loader.loadPDF(
                file.body()));
        assertThat(text).contains("CCM/CONF/2020/WP.4", "Distr.: General", "Lausanne Action Plan", "retain");

        WebSession delegate = WebSession.signIn(port, "delegate.che", DemoData.PASSWORD);
        String meetingPage = delegate.open("/processes/CCM-2RC/meetings/" + meeting).body();
        assertThat(meetingPage).contains("CCM/CONF/2020/PM.2/1", "CCM/CONF/2020/WP.4");
        assertThat(meetingPage.indexOf("CCM/CONF/2020/WP.4")).as("WP.4 under item 5 (b)")
                .isGreaterThan(meetingPage.indexOf("Lausanne Action Plan"));
        assertThat(delegate.get(delegate.address("/processes/CCM-2RC/meetings/" + meeting) + "/agenda").body())
                .contains("CCM/CONF/2020/PM.2/1", "CCM/CONF/2020/WP.4");
        assertThat(delegate.get("/processes/CCM-2RC/documents").body())
                .contains("CCM/CONF/2020/PM.2/1", "CCM/CONF/2020/WP.4");
    }

    @Test
    void aSilenceProcedureIsOpenWithTheStatesPartiesOfTheDayEligible() {
        JsonNode procedures = new Api(port).as(signIn("president").json().get("token").asString())
                .get("/processes/CCM-2RC/silence-procedures").json();
        assertThat(procedures).hasSize(3);
        assertThat(procedures.get(0).get("reference").asString()).isEqualTo("SP.3");
        assertThat(procedures.get(0).get("status").asString()).isEqualTo("OPEN");
        assertThat(procedures.get(0).get("deadline").asString()).contains("T18:00:00+");
        assertThat(procedures.get(0).get("eligible")).extracting(e -> e.get("participantName").asString())
                .contains("Switzerland", "Lao People's Democratic Republic").doesNotContain("Angola");
    }

    @Test
    void theExtensionRequestsOfFebruary2021WereThreeDraftsOfWhichTwoWereAdoptedAtTheDeadline() {
        Api president = new Api(port).as(signIn("president").json().get("token").asString());
        JsonNode procedure = president.get("/processes/CCM-2RC/silence-procedures").json().get(1);
        assertThat(procedure.get("reference").asString()).isEqualTo("SP.2");
        assertThat(procedure.get("status").asString()).isEqualTo("BROKEN");
        assertThat(procedure.get("concludedAt").asString()).isEqualTo("2021-02-05T18:00:00+01:00");
        assertThat(procedure.get("drafts").valueStream().map(d -> d.get("title").asString() + ": "
                + d.get("status").asString())).containsExactly(
                        "Request of Bosnia and Herzegovina for an extension of its Article 4 deadline: ADOPTED",
                        "Request of Peru for an extension of its Article 4 deadline: NOT_ADOPTED",
                        "Request of Bulgaria for an extension of its Article 4 deadline: ADOPTED");
        assertThat(procedure.get("objections").get(0).get("participantName").asString()).isEqualTo("Switzerland");
    }

    @Test
    void theProcedureOfJune2020WasAdoptedAtItsDeadlineMovedTheMeetingAndHasItsOutcomeLetter() {
        Api president = new Api(port).as(signIn("president").json().get("token").asString());
        JsonNode procedure = president.get("/processes/CCM-2RC/silence-procedures").json().get(2);
        assertThat(procedure.get("reference").asString()).isEqualTo("SP.1");
        assertThat(procedure.get("status").asString()).isEqualTo("ADOPTED");
        assertThat(procedure.get("circulatedAt").asString()).isEqualTo("2020-06-08T15:00:00+02:00");
        assertThat(procedure.get("concludedAt").asString()).isEqualTo("2020-06-12T18:00:00+02:00");
        assertThat(procedure.get("eligible")).extracting(e -> e.get("participantName").asString())
                .as("the States Parties of 8 June 2020: Niue acceded in August").contains("Switzerland")
                .doesNotContain("Niue", "Angola");
        String path = "/processes/CCM-2RC/letters/" + procedure.get("outcomeLetterId").asString();
        await("drafted after the conclusion and the move of the meeting").atMost(Duration.ofSeconds(20))
                .until(() -> president.get(path).status() == 200);
        JsonNode letter = president.get(path).json();
        assertThat(letter.get("date").asString()).isEqualTo("2020-06-12");
        assertThat(letter.get("place").asString()).as("the place of the announcing letter").isEqualTo("Geneva");
        assertThat(letter.get("refersTo").toString()).contains(procedure.get("announcedWith").asString());
        assertThat(letter.get("body").asString()).contains("the decision is adopted", "29 June 2020");
        JsonNode meeting = api().get("/processes/CCM-2RC/meetings").json().get(0);
        assertThat(meeting.get("dateHistory").get(0).get("decision").asString())
                .contains("SP.1", procedure.get("id").asString());
    }

    @Test
    void mostMissionsHaveAnAddressInTheirWorkingLanguageAndALetterNamesThoseItCannotReach() {
        Api president = new Api(port).as(signIn("president").json().get("token").asString());
        String switzerland = participant("Switzerland");
        assertThat(api().get("/participants/" + switzerland + "/contacts").json())
                .extracting(c -> c.get("role").asString() + ":" + c.get("language").asString())
                .containsExactlyInAnyOrder("MISSION:fr", "FOCAL_POINT:fr");
        assertThat(president.get("/participants/" + participant("Mexico") + "/contacts").json().get(0).get("language")
                .asString()).isEqualTo("es");

        JsonNode procedure = president.get("/processes/CCM-2RC/silence-procedures").json().get(2);
        String path = "/processes/CCM-2RC/letters/" + procedure.get("outcomeLetterId").asString() + "/coverage";
        await().atMost(Duration.ofSeconds(20)).until(() -> president.get(path).status() == 200);
        JsonNode coverage = president.get(path).json();
        assertThat(coverage.get("reached").asInt()).isGreaterThan(coverage.get("addressed").asInt() * 8 / 10);
        assertThat(coverage.get("unreached")).extracting(u -> u.get("participantName").asString())
                .contains("Cook Islands", "Holy See").doesNotContain("Switzerland", "Niue");
    }

    private String participant(String name) {
        return api().get("/participants?size=500").json().valueStream().filter(p -> p.get("name").asString().equals(name))
                .findFirst().orElseThrow().get("id").asString();
    }

    @Test
    void categoriesFollowTheRealTreatyStatuses() {
        Map<String, String> june2020 = categories("2020-06-18");
        assertThat(june2020).containsEntry("Switzerland", "STATE_PARTY")
                .containsEntry("Lao People's Democratic Republic", "STATE_PARTY")
                .containsEntry("Angola", "SIGNATORY_STATE")
                .containsEntry("Niue", "OBSERVER_STATE")
                .containsEntry("United States of America", "OBSERVER_STATE")
                .containsEntry("International Committee of the Red Cross", "OBSERVER_ORGANISATION");
        assertThat(categories("2020-09-01")).containsEntry("Niue", "STATE_PARTY");
    }

    @Test
    void delegationsHaveGivenViewsOnWorkingPaperFourThatThePresidentCompiles() {
        JsonNode consultations = api().get("/processes/CCM-2RC/consultations").json();
        assertThat(consultations.size()).isEqualTo(1);
        assertThat(consultations.get(0).get("status").asString()).isEqualTo("OPEN");
        Api president = new Api(port).as(signIn("president").json().get("token").asString());
        JsonNode compilation = president.get("/processes/CCM-2RC/consultations/"
                + consultations.get(0).get("id").asString() + "/compilation").json();
        assertThat(compilation.get("respondents").asInt()).isEqualTo(3);
        assertThat(compilation.get("elements").get(2).get("similarAmendments").get(0).get("participantNames").size())
                .as("Switzerland and the Lao PDR propose the same text for element 3").isEqualTo(2);
    }

    @Test
    void runningAgainChangesNothing() throws Exception {
        long entries = jdbc.sql("select count(*) from audit_entry").query(Long.class).single();
        demoData.run(null);
        assertThat(jdbc.sql("select count(*) from audit_entry").query(Long.class).single()).isEqualTo(entries);
    }

    private Map<String, String> categories(String date) {
        JsonNode participants = api().get("/processes/CCM-2RC/participants?at=" + date).json();
        return StreamSupport.stream(participants.spliterator(), false)
                .collect(java.util.stream.Collectors.toMap(p -> p.get("name").asString(),
                        p -> p.get("category").asString()));
    }

    @Test
    void thePresidentsLetterOf18June2020IsInEnglishFrenchAndSpanishWithAPdfOfEach() throws Exception {
        String token = signIn("delegate.che").json().get("token").asString();
        JsonNode letter = new Api(port).as(token).get("/processes/CCM-2RC/letters").json().valueStream()
                .filter(l -> l.get("reference").asString().equals("BFX/BERAL – 854-03-02-09")).findFirst()
                .orElseThrow();
        assertThat(letter.get("status").asString()).isEqualTo("SENT");
        assertThat(letter.get("date").asString()).isEqualTo("2020-06-18");
        assertThat(letter.get("originalLanguage").asString()).isEqualTo("en");
        assertThat(letter.get("versions").propertyNames()).containsExactly("fr", "es");
        assertThat(letter.get("versions").get("fr").get("subject").asString())
                .isEqualTo("Deuxième réunion préparatoire : document de travail 4 sur le Plan d’action de Lausanne");
        assertThat(letter.get("versions").get("es").get("subject").asString())
                .isEqualTo("Segunda Reunión Preparatoria: documento de trabajo 4 sobre el Plan de Acción de Lausana");
        assertThat(letterPdf(token, letter, "en")).contains("Lausanne Action Plan", "18 June 2020");
        assertThat(letterPdf(token, letter, "fr")).contains("Plan d’action de Lausanne", "18 juin 2020",
                "Convention sur les armes à sous-munitions");
        assertThat(letterPdf(token, letter, "es")).contains("Plan de Acción de Lausana", "18 de junio de 2020",
                "Convención sobre Municiones en Racimo");
    }

    @Test
    void theStatesOfTheRosterHaveTheirNamesInTheSixLanguages() {
        JsonNode participants = api().get("/participants?size=500").json();
        JsonNode switzerland = participants.valueStream().filter(p -> "CHE".equals(p.path("iso3").asString()))
                .findFirst().orElseThrow();
        assertThat(switzerland.get("names").propertyNames()).containsExactly("ar", "zh", "en", "fr", "ru", "es");
        assertThat(switzerland.get("names").valueStream().map(JsonNode::asString))
                .containsExactly("سويسرا", "瑞士", "Switzerland", "Suisse", "Швейцария", "Suiza");
        assertThat(participants.valueStream().filter(p -> p.get("kind").asString().equals("STATE")))
                .as("every State").hasSizeGreaterThan(70)
                .allSatisfy(p -> assertThat(p.get("names").size()).as(p.get("name").asString()).isEqualTo(6));
    }

    @Test
    void theRegisterShowsTheDecisionAdoptedInJune2020WithItsPdfToAnybody() throws Exception {
        Api anybody = new Api(port);
        JsonNode register = await("recorded once the adoption reaches the register").atMost(Duration.ofSeconds(20))
                .until(() -> anybody.get("/processes/CCM-2RC/decisions").json(), r -> r.size() == 3);
        assertThat(register.valueStream().map(d -> d.get("symbol").asString()))
                .as("June 2020's date, and the two extension requests adopted in February 2021 (Peru's was objected to)")
                .containsExactlyInAnyOrder("SP.1", "CCM/CONF/2021/DEC.1", "CCM/CONF/2021/DEC.3");
        JsonNode decision = register.valueStream().filter(d -> d.get("symbol").asString().equals("SP.1"))
                .findFirst().orElseThrow();
        assertThat(decision.get("title").asString()).isEqualTo("Date of the First Preparatory Meeting");
        assertThat(decision.get("adoptedOn").asString()).isEqualTo("2020-06-12");
        assertThat(WebSession.anonymous(port).get("/processes/CCM-2RC/decisions").body())
                .contains("Date of the First Preparatory Meeting");
        java.net.http.HttpResponse<byte[]> pdf = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port
                        + "/processes/CCM-2RC/decisions/" + decision.get("id").asString() + ".pdf")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(org.apache.pdfbox.Loader.loadPDF(pdf.body()))
                .replaceAll("\\s+", " ")).contains("Adopted by silence procedure on 12 June 2020",
                "the First Preparatory Meeting planned for 8 June 2020 is held on 29 June 2020");
    }

    @Test
    void theAdoptedExtensionRequestsOf2021ExtendedTheDeadlinesOfBosniaAndHerzegovinaAndBulgaria() {
        JsonNode bih = await("extended once the adoption reaches the roster").atMost(Duration.ofSeconds(20))
                .until(() -> api().get("/participants/" + participant("Bosnia and Herzegovina") + "/obligations")
                        .json().get(0), o -> o.get("deadline").asString().equals("2022-09-01"));
        assertThat(bih.get("article").asString()).isEqualTo("Article 4");
        assertThat(bih.get("history").get(1).get("previous").asString()).isEqualTo("2021-03-01");
        assertThat(bih.get("history").get(1).get("decidedBy").asString()).isEqualTo("CCM/CONF/2021/DEC.1");
        await().atMost(Duration.ofSeconds(20)).until(() -> api().get("/participants/" + participant("Bulgaria")
                + "/obligations").json().get(0).get("deadline").asString(), "2022-10-01"::equals);
    }

    private String letterPdf(String token, JsonNode letter, String language) throws Exception {
        java.net.http.HttpResponse<byte[]> pdf = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port
                        + "/api/v1/processes/CCM-2RC/letters/" + letter.get("id").asString() + "/pdf?lang=" + language))
                        .header("Authorization", "Bearer " + token).build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        return new org.apache.pdfbox.text.PDFTextStripper().getText(org.apache.pdfbox.Loader.loadPDF(pdf.body()))
                .replaceAll("\\s+", " ");
    }

    private Api api() {
        return new Api(port).as(signIn("delegate.che").json().get("token").asString());
    }

    private Api.Response signIn(String username) {
        return new Api(port).post("/auth/token", Map.of("username", username, "password", DemoData.PASSWORD));
    }
}
