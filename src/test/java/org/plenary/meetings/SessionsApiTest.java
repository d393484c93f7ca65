package org.plenary.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plenary.support.ApiAssertions.assertInvalid;
import static org.plenary.support.ApiAssertions.assertProblem;
import static org.plenary.support.Fixtures.aDelegate;
import static org.plenary.support.Fixtures.aProcess;
import static org.plenary.support.Fixtures.aState;
import static org.plenary.support.Fixtures.anOfficer;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plenary.PlenaryTest;
import org.plenary.support.Api;
import tools.jackson.databind.JsonNode;

class SessionsApiTest extends PlenaryTest {

    private String process;
    private Api officer;
    private Api delegate;
    private String path;

    @BeforeEach
    void aMeetingFromTenToThreeInGeneva() {
        Api admin = admin();
        process = aProcess(admin);
        officer = anOfficer(admin, process, "SECRETARIAT").api();
        delegate = aDelegate(admin, aState(admin)).api();
        Api.Response created = officer.post("/processes/" + process + "/meetings", Map.of(
                "title", "Intersessional Meeting", "kind", "OTHER", "format", "IN_PERSON",
                "start", "2020-06-29T10:00:00+02:00", "end", "2020-06-29T15:00:00+02:00"));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        path = "/processes/" + process + "/meetings/" + created.json().get("id").asString();
    }

    private static Map<String, String> session(String start, String end) {
        return Map.of("start", "2020-06-29T" + start + ":00+02:00", "end", "2020-06-29T" + end + ":00+02:00");
    }

    @Test
    void officersSetTheSessionsWhichTheMeetingShowsInGenevaTime() {
        Api.Response set = officer.put(path + "/sessions", List.of(session("13:00", "15:00"),
                Map.of("start", "2020-06-29T08:00:00Z", "end", "2020-06-29T10:00:00Z")));
        assertThat(set.status()).as(set.text()).isEqualTo(200);
        JsonNode sessions = delegate.get(path).json().get("sessions");
        assertThat(sessions.valueStream().map(s -> s.get("start").asString() + "/" + s.get("end").asString()))
                .containsExactly("2020-06-29T10:00:00+02:00/2020-06-29T12:00:00+02:00",
                        "2020-06-29T13:00:00+02:00/2020-06-29T15:00:00+02:00");
        assertThat(count("select count(*) from audit_entry where action = 'meetings.sessions.set' and object_id = ?",
                path.substring(path.lastIndexOf('/') + 1))).isEqualTo(1);

        assertThat(officer.put(path + "/sessions", List.of(session("10:00", "15:00"))).status()).isEqualTo(200);
        assertThat(delegate.get(path).json().get("sessions").size()).isEqualTo(1);
    }

    @Test
    void onlyOfficersSetSessions() {
        Object body = List.of(session("10:00", "12:00"));
        assertProblem(unchanged(() -> delegate.put(path + "/sessions", body)), 403);
        assertThat(unchanged(() -> api().put(path + "/sessions", body)).status()).isEqualTo(401);
    }

    @Test
    void refusesOverlappingSessionsSessionsOutsideTheMeetingAndUnknownMeetings() {
        officer.put(path + "/sessions", List.of(session("10:00", "12:00")));
        assertInvalid(unchanged(() -> officer.put(path + "/sessions",
                List.of(session("10:00", "12:00"), session("11:30", "15:00")))), "sessions[1]");
        assertInvalid(unchanged(() -> officer.put(path + "/sessions", List.of(session("09:00", "12:00")))),
                "sessions[0]");
        assertInvalid(unchanged(() -> officer.put(path + "/sessions", List.of(session("13:00", "12:00")))),
                "sessions[0].end");
        assertProblem(unchanged(() -> officer.put("/processes/" + process + "/meetings/" + UUID.randomUUID()
                + "/sessions", List.of(session("10:00", "12:00")))), 404);
        assertThat(officer.get(path).json().get("sessions").size()).isEqualTo(1);
    }

    @Test
    void sessionsMoveWithTheMeetingOrTheMoveIsRefused() {
        officer.put(path + "/sessions", List.of(session("10:00", "12:00"), session("13:00", "15:00")));
        Api.Response moved = officer.post(path + "/reschedule", Map.of("start", "2020-07-06T09:00:00+02:00",
                "end", "2020-07-06T14:00:00+02:00", "reason", "New date decided by silence procedure"));
        assertThat(moved.status()).as(moved.text()).isEqualTo(200);
        assertThat(moved.json().get("sessions").valueStream()
                .map(s -> s.get("start").asString() + "/" + s.get("end").asString()))
                .containsExactly("2020-07-06T09:00:00+02:00/2020-07-06T11:00:00+02:00",
                        "2020-07-06T12:00:00+02:00/2020-07-06T14:00:00+02:00");

        assertInvalid(unchanged(() -> officer.post(path + "/reschedule", Map.of("start", "2020-07-07T09:00:00+02:00",
                "end", "2020-07-07T13:00:00+02:00", "reason", "Shorter"))), "end");
        assertThat(officer.get(path).json().get("start").asString()).isEqualTo("2020-07-06T09:00:00+02:00");
    }
}
