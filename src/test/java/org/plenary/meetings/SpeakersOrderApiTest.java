package org.plenary.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plenary.support.ApiAssertions.assertForbidden;
import static org.plenary.support.ApiAssertions.assertInvalid;
import static org.plenary.support.ApiAssertions.assertProblem;
import static org.plenary.support.Fixtures.aDelegate;
import static org.plenary.support.Fixtures.aProcess;
import static org.plenary.support.Fixtures.aState;
import static org.plenary.support.Fixtures.aTreaty;
import static org.plenary.support.Fixtures.anOfficer;
import static org.plenary.support.Fixtures.anOrganisation;
import static org.plenary.support.Fixtures.recordStatus;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plenary.PlenaryTest;
import org.plenary.support.Api;
import tools.jackson.databind.JsonNode;

/** The chair departs from the order of precedence of a speakers' list, with a reason that is kept. */
class SpeakersOrderApiTest extends PlenaryTest {

    private Api officer;
    private Api partyDelegate;
    private Api signatoryDelegate;
    private Api organisationDelegate;
    private String party;
    private String signatory;
    private String organisation;
    private String path;
    private String meetingId;

    @BeforeEach
    void aListWithAnOrganisationASignatoryAndAStatePartyAskingInThatOrder() {
        Api admin = admin();
        String treaty = aTreaty(admin);
        String process = aProcess(admin, treaty);
        officer = anOfficer(admin, process, "PRESIDENCY").api();
        party = aState(admin);
        recordStatus(admin, treaty, party, "STATE_PARTY", "2010-08-01");
        signatory = aState(admin);
        recordStatus(admin, treaty, signatory, "SIGNATORY", "2008-12-03");
        organisation = anOrganisation(admin);
        partyDelegate = aDelegate(admin, party).api();
        signatoryDelegate = aDelegate(admin, signatory).api();
        organisationDelegate = aDelegate(admin, organisation).api();
        meetingId = officer.post("/processes/" + process + "/meetings", Map.of("title", "Second Preparatory Meeting",
                "kind", "PREPARATORY_MEETING", "format", "IN_PERSON", "start", "2020-09-04T10:00:00+02:00",
                "end", "2020-09-04T13:00:00+02:00")).json().get("id").asString();
        path = "/processes/" + process + "/meetings/" + meetingId;
        officer.put(path + "/agenda", Map.of("status", "PROVISIONAL", "items", List.of(Map.of("title", "Opening"),
                Map.of("title", "Exchange of views", "items", List.of(Map.of("title", "Lausanne Action Plan"))))));
        for (Api delegate : List.of(organisationDelegate, signatoryDelegate, partyDelegate)) {
            assertThat(delegate.post(path + "/speakers", Map.of("agendaItem", "2 (a)")).status()).isEqualTo(201);
        }
    }

    private List<String> waiting() {
        return officer.get(path + "/speakers-list?agendaItem=2%20(a)").json().get("waiting").valueStream()
                .map(w -> w.get("participantId").asString()).toList();
    }

    private Api.Response reorder(Api who, Object order, String reason) {
        Map<String, Object> body = new HashMap<>();
        body.put("agendaItem", "2 (a)");
        body.put("order", order);
        body.put("reason", reason);
        return who.put(path + "/speakers-list/order", body);
    }

    @Test
    void theChairReordersWithAReasonThatIsKeptAndLaterRequestsFollowByPrecedence() {
        assertThat(waiting()).containsExactly(party, signatory, organisation);

        Api.Response reordered = reorder(officer, List.of(organisation, party, signatory),
                "The observer must leave for another meeting");
        assertThat(reordered.status()).as(reordered.text()).isEqualTo(200);
        assertThat(reordered.json().get("reorderReason").asString()).isEqualTo("The observer must leave for another meeting");
        assertThat(waiting()).containsExactly(organisation, party, signatory);
        JsonNode speakers = partyDelegate.get(path + "/speakers?agendaItem=2%20(a)").json();
        assertThat(speakers.get(0).get("participantId").asString()).isEqualTo(organisation);

        assertThat(count("select count(*) from speakers_list_reordering where meeting = ? and reason = ?",
                UUID.fromString(meetingId), "The observer must leave for another meeting")).isEqualTo(1);
        assertThat(count("select count(*) from audit_entry where action = 'meetings.speakers-list.reordered' "
                + "and object_id = ?", meetingId)).isEqualTo(1);

        assertThat(officer.send("PATCH", path + "/speakers-list", "{\"agendaItem\":\"2 (a)\",\"giveFloorTo\":\""
                + organisation + "\"}", "application/json").status()).isEqualTo(200);
        assertThat(partyDelegate.delete(path + "/speakers/mine?agendaItem=2%20(a)").status()).isEqualTo(204);
        assertThat(partyDelegate.post(path + "/speakers", Map.of("agendaItem", "2 (a)")).status()).isEqualTo(201);
        assertThat(waiting()).as("a later request follows the reordered list").containsExactly(signatory, party);
    }

    @Test
    void theLiveViewShowsTheNewOrder() throws Exception {
        officer.send("PATCH", path + "/speakers-list", "{\"agendaItem\":\"2 (a)\",\"current\":true}",
                "application/json");
        BlockingQueue<String> events = new LinkedBlockingQueue<>();
        HttpClient viewer = HttpClient.newHttpClient();
        viewer.sendAsync(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/v1" + path + "/live"))
                        .header("Accept", "text/event-stream")
                        .header("Authorization", "Bearer " + tokenFor("admin", ADMIN_PASSWORD)).build(),
                HttpResponse.BodyHandlers.ofLines())
                .thenAccept(response -> response.body().filter(l -> l.startsWith("data:")).forEach(events::add));
        String initial = events.poll(20, TimeUnit.SECONDS);
        assertThat(initial.indexOf(party)).isLessThan(initial.indexOf(organisation));

        reorder(officer, List.of(organisation, party, signatory), "The observer must leave early");
        String update = events.poll(20, TimeUnit.SECONDS);
        assertThat(update).as("the viewer sees the new order at once").contains("The observer must leave early");
        assertThat(update.indexOf(organisation)).isLessThan(update.indexOf(party));
        assertThat(update.indexOf(party)).isLessThan(update.indexOf(signatory));
        viewer.shutdownNow();
    }

    @Test
    void delegatesMayNotReorderAndNothingChanges() {
        Api.Response refused = unchanged(() -> reorder(partyDelegate, List.of(organisation, party, signatory), "Mine"));
        assertForbidden(refused, "Only officers may reorder the list of speakers");
        assertThat(unchanged(() -> reorder(api(), List.of(organisation, party, signatory), "x")).status())
                .isEqualTo(401);
        assertThat(waiting()).containsExactly(party, signatory, organisation);
    }

    @Test
    void refusesAnOrderWithoutReasonIncompleteWithStrangersOrTwiceTheSameDelegation() {
        assertInvalid(unchanged(() -> reorder(officer, List.of(organisation, party, signatory), " ")), "reason");
        assertInvalid(unchanged(() -> reorder(officer, List.of(organisation, party), "Short")), "order");
        assertInvalid(unchanged(() -> reorder(officer, List.of(organisation, party, UUID.randomUUID().toString()),
                "Stranger")), "order[2]");
        assertInvalid(unchanged(() -> reorder(officer, List.of(organisation, party, party), "Twice")), "order[2]");
        assertInvalid(unchanged(() -> reorder(officer, List.of("not-an-id"), "Bad id")), "order[0]");
        assertInvalid(unchanged(() -> reorder(officer, null, "No order")), "order");
        Map<String, Object> unknownItem = Map.of("agendaItem", "9", "order", List.of(party), "reason", "x");
        assertInvalid(unchanged(() -> officer.put(path + "/speakers-list/order", unknownItem)), "agendaItem");
        assertProblem(unchanged(() -> officer.put(path.replace(meetingId, UUID.randomUUID().toString())
                + "/speakers-list/order", unknownItem)), 404);
        assertThat(waiting()).containsExactly(party, signatory, organisation);
    }
}
