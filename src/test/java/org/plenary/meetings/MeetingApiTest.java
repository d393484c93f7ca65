package org.plenary.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plenary.support.Fixtures.aDelegate;
import static org.plenary.support.Fixtures.aProcess;
import static org.plenary.support.Fixtures.aState;
import static org.plenary.support.Fixtures.aTreaty;
import static org.plenary.support.Fixtures.anOfficer;
import static org.plenary.support.Fixtures.anOrganisation;
import static org.plenary.support.Fixtures.recordStatus;

import java.io.StringReader;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plenary.PlenaryTest;
import org.plenary.support.Api;
import tools.jackson.databind.JsonNode;

class MeetingApiTest extends PlenaryTest {

    private String process;
    private Api officer;
    private Api partyDelegate;
    private Api laterPartyDelegate;
    private Api signatoryDelegate;
    private Api organisationDelegate;

    @BeforeEach
    void aProcessWithDelegationsOfEveryCategory() {
        Api admin = admin();
        String treaty = aTreaty(admin);
        process = aProcess(admin, treaty);
        officer = anOfficer(admin, process, "SECRETARIAT").api();
        String party = aState(admin);
        recordStatus(admin, treaty, party, "STATE_PARTY", "2010-08-01");
        String laterParty = aState(admin);
        recordStatus(admin, treaty, laterParty, "STATE_PARTY", "2012-01-01");
        String signatory = aState(admin);
        recordStatus(admin, treaty, signatory, "SIGNATORY", "2008-12-03");
        partyDelegate = aDelegate(admin, party).api();
        laterPartyDelegate = aDelegate(admin, laterParty).api();
        signatoryDelegate = aDelegate(admin, signatory).api();
        organisationDelegate = aDelegate(admin, anOrganisation(admin)).api();
    }

    private String aMeeting() {
        Api.Response created = officer.post("/processes/" + process + "/meetings", Map.of(
                "title", "Second Preparatory Meeting", "kind", "PREPARATORY_MEETING", "format", "HYBRID",
                "start", "2020-09-04T10:00:00+02:00", "end", "2020-09-04T13:00:00+02:00",
                "venue", "Palais des Nations, Room XVIII", "onlineUrl", "https://meet.example.org/2pm"));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        assertThat(created.header("Location")).endsWith(created.json().get("id").asString());
        return created.json().get("id").asString();
    }

    private Api.Response agenda(Api who, String meeting, Object items) {
        return who.put("/processes/" + process + "/meetings/" + meeting + "/agenda",
                Map.of("status", "PROVISIONAL", "items", items));
    }

    private static Map<String, Object> item(String title, Map<?, ?>... items) {
        return Map.of("title", title, "items", List.of(items));
    }

    @Test
    void theAgendaIsNumberedAndTheSpeakersFollowPrecedence() {
        String meeting = aMeeting();
        Api.Response agenda = agenda(officer, meeting, List.of(item("Opening"), item("Adoption of the agenda"),
                item("Rules"), item("Programme of work"),
                item("Exchange of views", item("Review"), item("Lausanne Action Plan"))));
        assertThat(agenda.status()).as(agenda.text()).isEqualTo(200);
        JsonNode five = agenda.json().get("items").get(4);
        assertThat(five.get("label").asString()).isEqualTo("5");
        assertThat(five.get("items").get(1).get("label").asString()).isEqualTo("5 (b)");
        assertThat(agenda(partyDelegate, meeting, List.of(item("x"))).status()).isEqualTo(403);

        String path = "/processes/" + process + "/meetings/" + meeting + "/speakers";
        assertThat(organisationDelegate.post(path, Map.of("agendaItem", "5 (b)")).status()).isEqualTo(201);
        assertThat(signatoryDelegate.post(path, Map.of("agendaItem", "5 b)")).status()).isEqualTo(201);
        assertThat(laterPartyDelegate.post(path, Map.of("agendaItem", "5 (b)")).status()).isEqualTo(201);
        assertThat(partyDelegate.post(path, Map.of("agendaItem", "5 (b)")).status()).isEqualTo(201);
        assertThat(partyDelegate.post(path, Map.of("agendaItem", "5 (b)")).status()).isEqualTo(409);
        assertThat(partyDelegate.post(path, Map.of("agendaItem", "7 (z)")).status()).isEqualTo(400);
        assertThat(officer.post(path, Map.of("agendaItem", "5 (b)")).status()).isEqualTo(403);

        JsonNode speakers = partyDelegate.get(path + "?agendaItem=5%20(b)").json();
        assertThat(speakers.valueStream().map(s -> s.get("category").asString()))
                .containsExactly("STATE_PARTY", "STATE_PARTY", "SIGNATORY_STATE", "OBSERVER_ORGANISATION");
        assertThat(speakers.get(0).get("position").asInt()).isEqualTo(1);
    }

    @Test
    void theChairGivesTheFloorWithATimeLimitClosesTheListAndDelegationsMayWithdraw() {
        String meeting = aMeeting();
        agenda(officer, meeting, List.of(item("Opening"), item("General exchange of views")));
        String path = "/processes/" + process + "/meetings/" + meeting;
        partyDelegate.post(path + "/speakers", Map.of("agendaItem", "2"));
        laterPartyDelegate.post(path + "/speakers", Map.of("agendaItem", "2"));
        signatoryDelegate.post(path + "/speakers", Map.of("agendaItem", "2"));

        assertThat(signatoryDelegate.delete(path + "/speakers/mine?agendaItem=2").status()).isEqualTo(204);
        assertThat(signatoryDelegate.delete(path + "/speakers/mine?agendaItem=2").status()).isEqualTo(404);
        String first = partyDelegate.get(path + "/speakers?agendaItem=2").json().get(0).get("participantId").asString();

        assertThat(partyDelegate.send("PATCH", path + "/speakers-list", "{\"agendaItem\":\"2\",\"closed\":true}",
                "application/json").status()).isEqualTo(403);
        Api.Response floor = officer.send("PATCH", path + "/speakers-list",
                "{\"agendaItem\":\"2\",\"timeLimit\":\"PT3M\",\"giveFloorTo\":\"" + first + "\",\"closed\":true}",
                "application/json");
        assertThat(floor.status()).as(floor.text()).isEqualTo(200);
        JsonNode state = floor.json();
        assertThat(state.get("closed").asBoolean()).isTrue();
        assertThat(state.get("floor").get("participantId").asString()).isEqualTo(first);
        assertThat(java.time.Duration.between(java.time.Instant.parse(state.get("floor").get("since").asString()),
                java.time.Instant.parse(state.get("floor").get("endsAt").asString()))).hasMinutes(3);
        assertThat(state.get("waiting").size()).isEqualTo(1);
        assertThat(organisationDelegate.post(path + "/speakers", Map.of("agendaItem", "2")).status()).isEqualTo(409);
        assertThat(officer.send("PATCH", path + "/speakers-list",
                "{\"agendaItem\":\"2\",\"giveFloorTo\":\"" + first + "\"}", "application/json").status())
                .isEqualTo(409);
    }

    @Test
    void aRescheduledMeetingKeepsItsHistoryAndTheCalendarFollows() throws Exception {
        String meeting = aMeeting();
        String path = "/processes/" + process + "/meetings/" + meeting;
        Api.Response moved = officer.post(path + "/reschedule", Map.of("start", "2020-06-29T10:00:00+02:00",
                "end", "2020-06-29T13:00:00+02:00", "reason", "COVID-19 measures",
                "decision", "Silence procedure of 12 June 2020"));
        assertThat(moved.status()).as(moved.text()).isEqualTo(200);
        JsonNode history = moved.json().get("dateHistory");
        assertThat(history.size()).isEqualTo(1);
        assertThat(history.get(0).get("previousStart").asString()).isEqualTo("2020-09-04T10:00:00+02:00");
        assertThat(history.get(0).get("decision").asString()).isEqualTo("Silence procedure of 12 June 2020");
        assertThat(moved.json().get("start").asString()).isEqualTo("2020-06-29T10:00:00+02:00");
        assertThat(officer.post(path + "/reschedule", Map.of("start", "2020-06-29T10:00:00+02:00",
                "end", "2020-06-29T09:00:00+02:00", "reason", "typo")).status()).isEqualTo(400);
        assertThat(partyDelegate.post(path + "/reschedule", Map.of("reason", "no")).status()).isEqualTo(403);

        Api.Response ics = api().get("/processes/" + process + "/calendar.ics");
        assertThat(ics.status()).isEqualTo(200);
        assertThat(ics.header("Content-Type")).startsWith("text/calendar");
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics.text()));
        VEvent event = calendar.<VEvent>getComponents("VEVENT").stream()
                .filter(e -> e.getUid().orElseThrow().getValue().startsWith(meeting)).findFirst().orElseThrow();
        assertThat(event.getSummary().getValue()).isEqualTo("Second Preparatory Meeting");
        ZonedDateTime start = ZonedDateTime.from(event.getDateTimeStart().getDate());
        assertThat(start.toInstant().toString()).isEqualTo("2020-06-29T08:00:00Z");
        assertThat(event.getDateTimeStart().getParameter("TZID").orElseThrow().getValue()).isEqualTo("Europe/Zurich");
        assertThat(event.getSequence().getSequenceNo()).isEqualTo(1);
        assertThat(calendar.<VTimeZone>getComponents("VTIMEZONE")).isNotEmpty();

        assertThat(officer.post(path + "/cancel", null).json().get("status").asString()).isEqualTo("CANCELLED");
        assertThat(officer.post(path + "/cancel", null).status()).isEqualTo(409);
        assertThat(api().get(path + "/calendar.ics").text()).contains("STATUS:CANCELLED");
    }

    @Test
    void badMeetingsAreRefusedAndNothingIsStored() {
        String path = "/processes/" + process + "/meetings";
        Map<String, Object> valid = Map.of("title", "Briefing", "kind", "INFORMAL_BRIEFING", "format", "VIRTUAL",
                "start", "2020-06-08T14:00:00+02:00", "end", "2020-06-08T16:00:00+02:00");
        assertThat(unchanged(() -> officer.post(path, with(valid, "end", "2020-06-08T13:00:00+02:00"))).status())
                .isEqualTo(400);
        assertThat(unchanged(() -> officer.post(path, with(valid, "kind", "PARTY"))).status()).isEqualTo(400);
        assertThat(unchanged(() -> officer.post(path, with(valid, "start", "8 June 2020"))).status()).isEqualTo(400);
        assertThat(unchanged(() -> officer.post(path, with(valid, "onlineUrl", "javascript:alert(1)"))).status())
                .isEqualTo(400);
        assertThat(unchanged(() -> partyDelegate.post(path, valid)).status()).isEqualTo(403);
        assertThat(unchanged(() -> api().post(path, valid)).status()).isEqualTo(401);
        assertThat(officer.get(path + "/" + java.util.UUID.randomUUID()).status()).isEqualTo(404);
    }

    private static Map<String, Object> with(Map<String, Object> base, String key, Object value) {
        Map<String, Object> changed = new java.util.HashMap<>(base);
        changed.put(key, value);
        return changed;
    }
}
