package org.plenary.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.plenary.support.ApiAssertions.assertInvalid;
import static org.plenary.support.ApiAssertions.assertProblem;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plenary.PlenaryTest;
import org.plenary.shared.MeetingId;
import org.plenary.processes.Process;
import org.plenary.processes.ProcessId;
import org.plenary.processes.Processes;
import org.plenary.support.Api;
import org.plenary.support.Fixtures;
import org.plenary.support.Mails;
import org.plenary.support.PrintedPdf;
import org.plenary.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * A meeting's title and agenda items have versions in the other languages of the process: readers of a language
 * see its version, others the original saying which languages exist; a French mission is told of the meeting under
 * its French title, and the agenda is printed in the reader's version; once the agenda is adopted a version can be
 * added but not changed.
 */
class MeetingVersionsTest extends PlenaryTest {

    private static final String ARABIC_TITLE = "الاجتماع التحضيري الثاني";
    private static final String ARABIC_ITEM = "افتتاح الاجتماع";

    @Autowired
    Processes processes;

    @Autowired
    Meetings meetings;

    @Autowired
    AgendaRendering agenda;

    private Api admin;
    private String treaty;
    private String process;
    private String code;
    private Fixtures.Person secretariat;
    private String meeting;

    @BeforeEach
    void aMeetingWithAnAgendaInEnglish() {
        admin = admin();
        treaty = Fixtures.aTreaty(admin);
        Map<String, Object> body = new HashMap<>(Fixtures.newProcess(treaty));
        body.put("languages", List.of("en", "fr", "ar"));
        process = admin.post("/processes", body).json().get("id").asString();
        code = admin.get("/processes/" + process).json().get("code").asString();
        secretariat = Fixtures.anOfficer(admin, process, "SECRETARIAT");
        meeting = secretariat.api().post(meetings(), Map.of("title", "Second Preparatory Meeting",
                "kind", "PREPARATORY_MEETING", "format", "IN_PERSON", "start", "2030-06-08T10:00:00+02:00",
                "end", "2030-06-08T13:00:00+02:00")).json().get("id").asString();
        assertThat(secretariat.api().put(meetings() + "/" + meeting + "/agenda", Map.of("status", "PROVISIONAL",
                "items", List.of(Map.of("title", "Opening of the meeting"), Map.of("title", "Other matters",
                        "items", List.of(Map.of("title", "Date of the next meeting")))))).status()).isEqualTo(200);
    }

    @Test
    void readersOfALanguageSeeItsVersionOthersTheOriginalSayingSo() {
        Api.Response added = secretariat.api().put(versions() + "ar", Map.of("title", ARABIC_TITLE,
                "agenda", Map.of("1", ARABIC_ITEM, "2a", "موعد الاجتماع القادم")));
        assertThat(added.status()).as(added.toString()).isEqualTo(200);
        JsonNode read = secretariat.api().get(meetings() + "/" + meeting).json();
        assertThat(read.get("originalLanguage").asString()).isEqualTo("en");
        assertThat(read.get("title").asString()).isEqualTo("Second Preparatory Meeting");
        assertThat(read.get("versions").get("ar").get("title").asString()).isEqualTo(ARABIC_TITLE);
        assertThat(read.get("versions").get("ar").get("agenda").get("2 (a)").asString())
                .isEqualTo("موعد الاجتماع القادم");
        assertThat(count("select count(*) from audit_entry where object_id = ? and action = "
                + "'meetings.meeting.version-added'", meeting)).isEqualTo(1);

        Fixtures.Person reader = Fixtures.aUser(admin);
        WebSession web = WebSession.signIn(port, reader.username(), Fixtures.PASSWORD);
        String page = "/processes/" + code + "/meetings/PM.1";
        String arabic = web.get(page + "?lang=ar").body();
        assertThat(arabic).contains("dir=\"rtl\"", ARABIC_TITLE, "1. " + ARABIC_ITEM, "Other matters",
                page + "?version=en");
        String french = web.get(page + "?lang=fr").body();
        assertThat(french).as("no French version: the original, saying so")
                .contains("Second Preparatory Meeting", "Opening of the meeting", "(original)",
                        page + "?version=ar").doesNotContain(ARABIC_TITLE);
        assertThat(web.get(page + "?lang=fr&version=ar").body()).contains(ARABIC_TITLE);
        assertThat(web.get(page + "/live?lang=ar").body()).contains(ARABIC_TITLE);
        assertThat(web.get(page + "/live?lang=fr").body()).contains("Second Preparatory Meeting")
                .doesNotContain(ARABIC_TITLE);
        assertThat(web.get("/processes/" + code + "/meetings?lang=ar").body()).contains(ARABIC_TITLE);
        assertThat(web.get("/processes/" + code + "/meetings?lang=fr").body()).contains("Second Preparatory Meeting")
                .doesNotContain(ARABIC_TITLE);
    }

    @Test
    void theAgendaIsPrintedInTheReadersVersionOrInTheOriginalSayingSo() {
        assertThat(secretariat.api().put(versions() + "ar", Map.of("title", ARABIC_TITLE,
                "agenda", Map.of("1", ARABIC_ITEM))).status()).isEqualTo(200);
        Process p = processes.require(new ProcessId(UUID.fromString(process)));
        Meeting m = meetings.require(p, MeetingId.parse(meeting));

        PrintedPdf arabic = PrintedPdf.read(agenda.pdf(p, m, Locale.forLanguageTag("ar")));
        assertThat(arabic.language()).isEqualTo("ar");
        assertThat(arabic.text()).contains(ARABIC_TITLE, ARABIC_ITEM, "Other matters")
                .doesNotContain("Second Preparatory Meeting");
        assertThat(agenda.html(p, m, Locale.forLanguageTag("ar"))).contains("lang=\"ar\">" + ARABIC_TITLE)
                .doesNotContain("class=\"languages\"");
        String french = agenda.html(p, m, Locale.FRENCH);
        assertThat(french).contains("Second Preparatory Meeting", "Opening of the meeting",
                "Ce texte existe en : anglais, arabe.").doesNotContain(ARABIC_TITLE);
        assertThat(PrintedPdf.read(agenda.pdf(p, m, Locale.FRENCH)).text()).contains("Second Preparatory Meeting",
                "Ce texte existe en");
    }

    @Test
    void anOfficerWritesAVersionOnItsFormAndTheFrenchMissionIsToldUnderTheFrenchTitle() throws Exception {
        String state = Fixtures.aState(admin);
        Fixtures.recordStatus(admin, treaty, state, "STATE_PARTY", "2010-01-01");
        String mission = unique("mission") + "@example.org";
        assertThat(admin.post("/participants/" + state + "/contacts", Map.of("email", mission, "role", "MISSION",
                "language", "fr")).status()).isEqualTo(201);

        WebSession officer = WebSession.signIn(port, secretariat.username(), Fixtures.PASSWORD);
        String page = "/processes/" + code + "/meetings/PM.1";
        assertThat(officer.get(page + "?lang=en").body()).contains("id=\"version-links\"", page + "/versions/fr");
        assertThat(officer.get(page + "/versions/fr").body()).contains("1. \n2. \n2 (a). ");
        HttpResponse<String> saved = officer.post(page + "/versions/fr", Map.of("subject",
                "Deuxième réunion préparatoire", "text", "1. Ouverture de la réunion\n2.\n2 (a). Date de la prochaine réunion"));
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
        assertThat(officer.get(page + "?lang=fr").body()).contains("Deuxième réunion préparatoire",
                "1. Ouverture de la réunion", "2. Other matters", "Date de la prochaine réunion");
        assertThat(officer.post(page + "/versions/fr", Map.of("subject", "X", "text", "Ouverture"))
                .statusCode()).as("a line without its label").isEqualTo(400);

        assertThat(secretariat.api().post(meetings() + "/" + meeting + "/cancel", null).status()).isEqualTo(200);
        await().atMost(Mails.DELIVERY).until(() -> subjects(mission).contains(
                "Réunion annulée : Deuxième réunion préparatoire"));
    }

    @Test
    void badVersionsAreRefusedAndAnAdoptedAgendaOnlyTakesNewVersions() {
        Map<String, Object> valid = Map.of("title", "Deuxième réunion préparatoire", "agenda", Map.of());
        assertThat(assertInvalid(unchanged(() -> secretariat.api().put(versions() + "xx", valid)), "language")
                .get("detail").asString()).contains("not one of the official languages");
        assertThat(assertInvalid(unchanged(() -> secretariat.api().put(versions() + "es", valid)), "language")
                .get("detail").asString()).contains("does not work in 'es'");
        assertInvalid(unchanged(() -> secretariat.api().put(versions() + "en", valid)), "language");
        assertInvalid(unchanged(() -> secretariat.api().put(versions() + "fr", Map.of("title", "T",
                "agenda", Map.of("7", "Septième")))), "agenda");
        assertInvalid(unchanged(() -> secretariat.api().put(versions() + "fr", Map.of("title", " "))), "title");
        Api delegate = Fixtures.aDelegate(admin, Fixtures.aState(admin)).api();
        assertThat(unchanged(() -> delegate.put(versions() + "fr", valid)).status()).isEqualTo(403);

        assertThat(secretariat.api().put(versions() + "fr", valid).status()).isEqualTo(200);
        assertThat(secretariat.api().put(meetings() + "/" + meeting + "/agenda", Map.of("status", "ADOPTED",
                "items", List.of(Map.of("title", "Opening of the meeting")))).status()).isEqualTo(200);
        JsonNode refused = assertProblem(unchanged(() -> secretariat.api().put(versions() + "fr",
                Map.of("title", "Autre titre"))), 409);
        assertThat(refused.get("detail").asString()).contains("can be added but no longer changed");
        assertThat(secretariat.api().put(versions() + "ar", Map.of("title", ARABIC_TITLE)).status())
                .as("a new version after adoption").isEqualTo(200);
    }

    private String meetings() {
        return "/processes/" + process + "/meetings";
    }

    private String versions() {
        return meetings() + "/" + meeting + "/versions/";
    }

    private static List<String> subjects(String address) {
        return Arrays.stream(MAIL.getReceivedMessages()).filter(m -> recipient(m).equalsIgnoreCase(address))
                .map(m -> {
                    try {
                        return m.getSubject();
                    } catch (MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                }).toList();
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
