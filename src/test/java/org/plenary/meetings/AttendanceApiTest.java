package org.plenary.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plenary.support.ApiAssertions.assertInvalid;
import static org.plenary.support.ApiAssertions.assertProblem;
import static org.plenary.support.Fixtures.aDelegate;
import static org.plenary.support.Fixtures.aProcess;
import static org.plenary.support.Fixtures.aState;
import static org.plenary.support.Fixtures.aTreaty;
import static org.plenary.support.Fixtures.anOfficer;
import static org.plenary.support.Fixtures.anOrganisation;
import static org.plenary.support.Fixtures.recordStatus;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plenary.PlenaryTest;
import org.plenary.support.Api;
import tools.jackson.databind.JsonNode;

class AttendanceApiTest extends PlenaryTest {

    private String process;
    private Api officer;
    private Api partyDelegate;
    private Api observerDelegate;
    private Api organisationDelegate;

    @BeforeEach
    void aProcessWithDelegationsOfEveryCategory() {
        Api admin = admin();
        String treaty = aTreaty(admin);
        process = aProcess(admin, treaty);
        officer = anOfficer(admin, process, "PRESIDENCY").api();
        String party = aState(admin);
        recordStatus(admin, treaty, party, "STATE_PARTY", "2010-08-01");
        partyDelegate = aDelegate(admin, party).api();
        observerDelegate = aDelegate(admin, aState(admin)).api();
        organisationDelegate = aDelegate(admin, anOrganisation(admin)).api();
    }

    private String aMeeting(String format) {
        Api.Response created = officer.post("/processes/" + process + "/meetings", Map.of(
                "title", "Informal briefing", "kind", "INFORMAL_BRIEFING", "format", format,
                "start", "2020-06-29T10:00:00+02:00", "end", "2020-06-29T12:00:00+02:00",
                "onlineUrl", "https://meet.example.org/briefing"));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return "/processes/" + process + "/meetings/" + created.json().get("id").asString();
    }

    private static Map<String, Object> attendees(int speakers, int others) {
        List<Map<String, Object>> list = new java.util.ArrayList<>();
        for (int i = 0; i < speakers + others; i++) {
            list.add(Map.of("name", "Delegate " + (i + 1), "function", "Counsellor", "speaker", i < speakers));
        }
        return Map.of("attendees", list);
    }

    @Test
    void delegationsRegisterTheirAttendeesAndOfficersSeeTheListOfParticipantsInOrder() {
        String meeting = aMeeting("VIRTUAL");
        Api.Response registered = organisationDelegate.put(meeting + "/attendance/mine", attendees(1, 1));
        assertThat(registered.status()).as(registered.text()).isEqualTo(200);
        assertThat(observerDelegate.put(meeting + "/attendance/mine", attendees(2, 0)).status()).isEqualTo(200);
        assertThat(partyDelegate.put(meeting + "/attendance/mine", attendees(1, 0)).status()).isEqualTo(200);
        Api.Response replaced = partyDelegate.put(meeting + "/attendance/mine", attendees(2, 3));
        assertThat(replaced.status()).as(replaced.text()).isEqualTo(200);

        JsonNode mine = partyDelegate.get(meeting + "/attendance/mine").json().get("attendees");
        assertThat(mine.size()).isEqualTo(5);
        assertThat(mine.get(0).get("name").asString()).isEqualTo("Delegate 1");
        assertThat(mine.get(0).get("speaker").asBoolean()).isTrue();
        assertThat(count("select count(*) from audit_entry where action = 'meetings.attendance.registered' "
                + "and object_id = ?", meeting.substring(meeting.lastIndexOf('/') + 1))).isEqualTo(4);

        Api.Response list = officer.get(meeting + "/attendance");
        assertThat(list.status()).as(list.text()).isEqualTo(200);
        assertThat(list.json().valueStream().map(d -> d.get("category").asString()))
                .containsExactly("STATE_PARTY", "OBSERVER_STATE", "OBSERVER_ORGANISATION");
        assertThat(list.json().get(0).get("attendees").size()).isEqualTo(5);
    }

    @Test
    void onlyDelegatesRegisterAndOnlyOfficersReadTheList() {
        String meeting = aMeeting("HYBRID");
        assertProblem(unchanged(() -> officer.put(meeting + "/attendance/mine", attendees(1, 0))), 403);
        assertThat(unchanged(() -> api().put(meeting + "/attendance/mine", attendees(1, 0))).status()).isEqualTo(401);
        assertProblem(partyDelegate.get(meeting + "/attendance"), 403);
        assertThat(api().get(meeting + "/attendance").status()).isEqualTo(401);
        assertProblem(officer.get(meeting + "/attendance/mine"), 403);
        assertProblem(unchanged(() -> partyDelegate.put(meeting + "/attendance-settings", Map.of("speakerLimit", 5))),
                403);
    }

    @Test
    void refusesMoreSpeakersThanTheLimitWhichOfficersMaySet() {
        String meeting = aMeeting("HYBRID");
        assertInvalid(unchanged(() -> partyDelegate.put(meeting + "/attendance/mine", attendees(3, 0))), "attendees");
        Api.Response raised = officer.put(meeting + "/attendance-settings", Map.of("speakerLimit", 3));
        assertThat(raised.status()).as(raised.text()).isEqualTo(200);
        assertThat(partyDelegate.put(meeting + "/attendance/mine", attendees(3, 0)).status()).isEqualTo(200);
        assertInvalid(unchanged(() -> officer.put(meeting + "/attendance-settings", Map.of("speakerLimit", -1))),
                "speakerLimit");

        String inPerson = aMeeting("IN_PERSON");
        assertThat(partyDelegate.put(inPerson + "/attendance/mine", attendees(4, 0)).status()).isEqualTo(200);
    }

    @Test
    void refusesBadInputClosedMeetingsAndUnknownMeetings() {
        String meeting = aMeeting("VIRTUAL");
        assertInvalid(unchanged(() -> partyDelegate.put(meeting + "/attendance/mine",
                Map.of("attendees", List.of(Map.of("name", " ", "speaker", false))))), "attendees[0].name");
        String unknown = "/processes/" + process + "/meetings/" + UUID.randomUUID();
        assertProblem(unchanged(() -> partyDelegate.put(unknown + "/attendance/mine", attendees(1, 0))), 404);
        assertProblem(officer.get(unknown + "/attendance"), 404);
        assertThat(officer.post(meeting + "/cancel", Map.of()).status()).isEqualTo(200);
        assertProblem(unchanged(() -> partyDelegate.put(meeting + "/attendance/mine", attendees(1, 0))), 409);
    }
}
