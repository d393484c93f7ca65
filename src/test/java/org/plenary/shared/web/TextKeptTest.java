package org.plenary.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plenary.support.Fixtures.aDelegate;
import static org.plenary.support.Fixtures.aProcess;
import static org.plenary.support.Fixtures.aState;
import static org.plenary.support.Fixtures.aTreaty;
import static org.plenary.support.Fixtures.anOfficer;
import static org.plenary.support.Fixtures.recordStatus;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.plenary.PlenaryTest;
import org.plenary.support.Api;
import org.plenary.support.Fixtures;
import org.plenary.support.Fixtures.Person;
import org.plenary.support.WebSession;

/**
 * Nothing typed is lost on the forms with free text: each, given a text over its limit, comes back with the text as
 * typed, the field marked invalid and described by the reason beside it, which names the field and the limit.
 */
class TextKeptTest extends PlenaryTest {

    /** A refused post: the page it answers, the field concerned, its label and limit, and the text typed. */
    private record Refused(HttpResponse<String> response, String field, String label, int limit, String typed) {
    }

    @ParameterizedTest
    @ValueSource(strings = {"consultation views", "letter draft", "silence procedure", "meeting", "contact",
        "new consultation", "letter reference"})
    void anOverlongTextComesBackAsTypedWithTheReasonBesideTheField(String form) {
        Refused refused = submit(form);

        assertThat(refused.response().statusCode()).isEqualTo(400);
        Document page = Jsoup.parse(refused.response().body());
        Element field = page.getElementById(refused.field());
        assertThat(field).as("the field %s", refused.field()).isNotNull();
        assertThat(field.val()).isEqualTo(refused.typed());
        assertThat(field.attr("aria-invalid")).isEqualTo("true");
        assertThat(field.attr("aria-describedby").split(" ")).contains(refused.field() + "-error");
        Element reason = page.getElementById(refused.field() + "-error");
        assertThat(reason).isNotNull();
        assertThat(reason.hasClass("field-error")).isTrue();
        assertThat(reason.text()).contains("“" + refused.label() + "” has " + String.format("%,d",
                refused.typed().length())).contains("the limit is " + String.format("%,d", refused.limit()));
        assertThat(page.select("[aria-invalid=true]")).hasSize(1);
    }

    private Refused submit(String form) {
        Api admin = admin();
        String treaty = aTreaty(admin);
        String process = aProcess(admin, treaty);
        String code = admin.get("/processes/" + process).json().get("code").asString();
        String base = "/processes/" + code;
        Person president = anOfficer(admin, process, "PRESIDENCY");
        WebSession officer = WebSession.signIn(port, president.username(), Fixtures.PASSWORD);
        officer.get(base);
        return switch (form) {
            case "consultation views" -> {
                String state = aState(admin);
                recordStatus(admin, treaty, state, "STATE_PARTY", "2011-01-01");
                WebSession delegate = WebSession.signIn(port, aDelegate(admin, state).username(), Fixtures.PASSWORD);
                Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
                String consultation = president.api().post("/processes/" + process + "/consultations", Map.of(
                        "title", "WP.4", "opens", now.minus(Duration.ofHours(1)).toString(),
                        "closes", now.plus(Duration.ofDays(9)).toString(), "elements", List.of(
                                Map.of("ref", "1", "text", "Clear all remnants."),
                                Map.of("ref", "2", "text", "Destroy stockpiles.")))).json().get("id").asString();
                String typed = "Ghana wishes to add a word. ".repeat(400).substring(0, 10_001);
                String views = base + "/consultations/" + consultation + "/views";
                delegate.get(views);
                yield new Refused(delegate.post(views, Map.of(
                        "stance.1", "RETAIN", "stance.2", "DELETE", "comment.1", "Agreed.", "comment.2", typed)),
                        "comment-1", "Comment", 10_000, typed);
            }
            case "letter draft" -> {
                String typed = "The Presidency writes at length. ".repeat(1600).substring(0, 50_001);
                yield new Refused(officer.post(base + "/letters", Map.of("reference", "CCM/2026/1", "place",
                        "Geneva", "date", LocalDate.now().toString(), "subject", "Dates", "body", typed,
                        "addressees", "STATES_PARTIES")), "body", "Text of the letter", 50_000, typed);
            }
            case "silence procedure" -> {
                String typed = "Extension requests ".repeat(20).substring(0, 301);
                String deadline = Instant.now().plus(Duration.ofDays(9)).atZone(ZoneId.of("Europe/Zurich"))
                        .toLocalDateTime().truncatedTo(ChronoUnit.MINUTES).toString();
                yield new Refused(officer.post(base + "/silence-procedures", Map.of("subject", typed, "proposal",
                        "The meeting is held on 5 May.", "deadline", deadline)), "subject", "Subject", 300, typed);
            }
            case "meeting" -> {
                String typed = "Preparatory meeting ".repeat(20).substring(0, 301);
                yield new Refused(officer.post(base + "/meetings", Map.of("title", typed, "kind",
                        "PREPARATORY_MEETING", "format", "IN_PERSON", "date", LocalDate.now().plusDays(30).toString(),
                        "from", "10:00", "to", "13:00")), "m-title", "Meeting", 300, typed);
            }
            case "contact" -> {
                String state = aState(admin);
                WebSession delegate = WebSession.signIn(port, aDelegate(admin, state).username(), Fixtures.PASSWORD);
                String typed = "Permanent Mission ".repeat(20).substring(0, 201);
                delegate.get("/participants/" + state + "/contacts");
                yield new Refused(delegate.post("/participants/" + state + "/contacts", Map.of("email",
                        "mission@example.org", "name", typed, "role", "MISSION", "language", "en")),
                        "contact-name", "Name (optional)", 200, typed);
            }
            case "new consultation" -> {
                String typed = "Elements-of-the-Lausanne-Action-Plan/".repeat(10).substring(0, 301);
                yield new Refused(officer.postMultipart(base + "/consultations", Map.of("title", typed,
                        "opensOn", "2030-01-02", "opensAt", "09:00", "closesOn", "2030-01-09", "closesAt", "18:00",
                        "elements", "1. Clear all remnants."), "elementsFile", "none.txt", "text/plain", new byte[0]),
                        "title", "Title", 300, typed);
            }
            case "letter reference" -> {
                String typed = "CCM/2026/".repeat(12).substring(0, 101);
                yield new Refused(officer.post(base + "/letters", Map.of("reference", typed, "place",
                        "Geneva", "date", LocalDate.now().toString(), "subject", "Dates", "body", "Dear Excellencies",
                        "addressees", "STATES_PARTIES")), "reference", "Reference", 100, typed);
            }
            default -> throw new IllegalArgumentException(form);
        };
    }
}
