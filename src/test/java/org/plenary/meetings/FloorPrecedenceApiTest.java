package org.plenary.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plenary.support.ApiAssertions.assertForbidden;
import static org.plenary.support.ApiAssertions.assertProblem;
import static org.plenary.support.Fixtures.aDelegate;
import static org.plenary.support.Fixtures.aProcess;
import static org.plenary.support.Fixtures.aState;
import static org.plenary.support.Fixtures.aTreaty;
import static org.plenary.support.Fixtures.anOfficer;
import static org.plenary.support.Fixtures.anOrganisation;
import static org.plenary.support.Fixtures.recordStatus;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plenary.PlenaryTest;
import org.plenary.support.Api;
import org.plenary.support.Fixtures;
import org.plenary.support.Fixtures.Person;
import org.plenary.support.WebSession;
import tools.jackson.databind.JsonNode;

/**
 * Points of order are heard before the list of speakers, rights of reply at the end of the item; only States
 * Parties raise points of order and only States ask for a right of reply.
 */
class FloorPrecedenceApiTest extends PlenaryTest {

    private Api officer;
    private Api partyDelegate;
    private Api otherPartyDelegate;
    private Api signatoryDelegate;
    private Api organisationDelegate;
    private String party;
    private String otherParty;
    private String signatory;
    private String path;
    private String page;
    private Person signatoryPerson;
    private Person organisationPerson;

    @BeforeEach
    void aMeetingWhoseItemHasAStatePartyAndASignatoryOnTheList() {
        Api admin = admin();
        String treaty = aTreaty(admin);
        String process = aProcess(admin, treaty);
        officer = anOfficer(admin, process, "PRESIDENCY").api();
        party = aState(admin);
        recordStatus(admin, treaty, party, "STATE_PARTY", "2010-08-01");
        otherParty = aState(admin);
        recordStatus(admin, treaty, otherParty, "STATE_PARTY", "2011-03-01");
        signatory = aState(admin);
        recordStatus(admin, treaty, signatory, "SIGNATORY", "2008-12-03");
        partyDelegate = aDelegate(admin, party).api();
        otherPartyDelegate = aDelegate(admin, otherParty).api();
        signatoryPerson = aDelegate(admin, signatory);
        signatoryDelegate = signatoryPerson.api();
        organisationPerson = aDelegate(admin, anOrganisation(admin));
        organisationDelegate = organisationPerson.api();
        String meeting = officer.post("/processes/" + process + "/meetings", Map.of("title", "Second Preparatory "
                + "Meeting", "kind", "PREPARATORY_MEETING", "format", "IN_PERSON", "start", "2020-09-04T10:00:00+02:00",
                "end", "2020-09-04T13:00:00+02:00")).json().get("id").asString();
        path = "/processes/" + process + "/meetings/" + meeting;
        page = "/processes/" + admin.get("/processes/" + process).json().get("code").asString() + "/meetings/PM.1";
        officer.put(path + "/agenda", Map.of("status", "PROVISIONAL", "items", List.of(Map.of("title", "Opening"))));
        for (Api delegate : List.of(signatoryDelegate, partyDelegate)) {
            assertThat(delegate.post(path + "/speakers", Map.of("agendaItem", "1")).status()).isEqualTo(201);
        }
    }

    private JsonNode list() {
        return officer.get(path + "/speakers-list?agendaItem=1").json();
    }

    private static List<String> ids(JsonNode waiting) {
        return waiting.valueStream().map(w -> w.get("participantId").asString()).toList();
    }

    private Api.Response next() {
        return officer.send("PATCH", path + "/speakers-list", "{\"agendaItem\":\"1\",\"nextSpeaker\":true}",
                "application/json");
    }

    private Api.Response giveFloor(String participant, String kind) {
        return officer.send("PATCH", path + "/speakers-list", "{\"agendaItem\":\"1\",\"giveFloorTo\":\"" + participant
                + "\",\"floorKind\":\"" + kind + "\"}", "application/json");
    }

    @Test
    void aPointOfOrderIsHeardBeforeTheListAndARightOfReplyAtTheEndOfTheItem() {
        Api.Response reply = signatoryDelegate.post(path + "/replies", Map.of("agendaItem", "1"));
        assertThat(reply.status()).as(reply.text()).isEqualTo(201);
        assertThat(reply.header("Location")).endsWith(path + "/speakers-list?agendaItem=1");
        assertThat(ids(reply.json().get("rightsOfReply"))).containsExactly(signatory);
        assertProblem(unchanged(() -> giveFloor(signatory, "RIGHT_OF_REPLY")), 409);

        Api.Response point = otherPartyDelegate.post(path + "/points-of-order", Map.of("agendaItem", "1"));
        assertThat(point.status()).as(point.text()).isEqualTo(201);
        assertThat(ids(point.json().get("pointsOfOrder"))).containsExactly(otherParty);
        assertProblem(unchanged(() -> otherPartyDelegate.post(path + "/points-of-order", Map.of("agendaItem", "1"))),
                409);
        JsonNode outOfTurn = assertProblem(unchanged(() -> giveFloor(party, "STATEMENT")), 409);
        assertThat(outOfTurn.get("detail").asString()).contains("point of order");

        assertThat(next().json().get("floor").get("participantId").asString()).isEqualTo(otherParty);
        JsonNode heard = list();
        assertThat(heard.get("floor").get("kind").asString()).isEqualTo("POINT_OF_ORDER");
        assertThat(heard.get("pointsOfOrder")).isEmpty();
        assertThat(ids(heard.get("waiting"))).containsExactly(party, signatory);

        assertThat(next().json().get("floor").get("participantId").asString()).isEqualTo(party);
        assertThat(next().json().get("floor").get("kind").asString()).isEqualTo("STATEMENT");
        JsonNode atTheEnd = next().json();
        assertThat(atTheEnd.get("floor").get("participantId").asString()).isEqualTo(signatory);
        assertThat(atTheEnd.get("floor").get("kind").asString()).isEqualTo("RIGHT_OF_REPLY");
        assertThat(atTheEnd.get("rightsOfReply")).isEmpty();
        assertProblem(unchanged(this::next), 409);

        assertThat(count("select count(*) from audit_entry where action = 'meetings.point-of-order.raised' "
                + "and object_id = ?", path.substring(path.lastIndexOf('/') + 1))).isEqualTo(1);
        assertThat(count("select count(*) from audit_entry where action = 'meetings.reply.asked' and object_id = ?",
                path.substring(path.lastIndexOf('/') + 1))).isEqualTo(1);
    }

    @Test
    void onlyStatesPartiesRaiseAPointOfOrderAndOnlyStatesAskForARightOfReply() {
        assertForbidden(unchanged(() -> signatoryDelegate.post(path + "/points-of-order", Map.of("agendaItem", "1"))),
                "Only States Parties may raise a point of order");
        assertForbidden(unchanged(() -> organisationDelegate.post(path + "/points-of-order",
                Map.of("agendaItem", "1"))), "Only States Parties may raise a point of order");
        assertForbidden(unchanged(() -> organisationDelegate.post(path + "/replies", Map.of("agendaItem", "1"))),
                "Only States may ask for a right of reply");
        assertForbidden(unchanged(() -> officer.post(path + "/points-of-order", Map.of("agendaItem", "1"))),
                "Only delegates of a State or organisation may ask for the floor");
        assertProblem(unchanged(() -> partyDelegate.post(path + "/points-of-order", Map.of("agendaItem", "9"))), 400);

        String signatoryPage = WebSession.signIn(port, signatoryPerson.username(), Fixtures.PASSWORD).get(page).body();
        assertThat(signatoryPage).contains("Ask for a right of reply on item 1")
                .doesNotContain("Raise a point of order on item 1");
        String organisationPage = WebSession.signIn(port, organisationPerson.username(), Fixtures.PASSWORD).get(page)
                .body();
        assertThat(organisationPage).doesNotContain("Raise a point of order").doesNotContain("right of reply");
    }

    @Test
    void aClosedListStillHearsPointsOfOrderAndAWithdrawnOneIsGone() {
        officer.send("PATCH", path + "/speakers-list", "{\"agendaItem\":\"1\",\"closed\":true}", "application/json");
        assertProblem(unchanged(() -> otherPartyDelegate.post(path + "/speakers", Map.of("agendaItem", "1"))), 409);
        assertThat(otherPartyDelegate.post(path + "/points-of-order", Map.of("agendaItem", "1")).status())
                .isEqualTo(201);
        assertThat(otherPartyDelegate.delete(path + "/points-of-order/mine?agendaItem=1").status()).isEqualTo(204);
        assertProblem(unchanged(() -> otherPartyDelegate.delete(path + "/points-of-order/mine?agendaItem=1")), 404);
        assertThat(list().get("pointsOfOrder")).isEmpty();
        assertThat(next().json().get("floor").get("participantId").asString()).isEqualTo(party);
    }

    @Test
    void theTimerRunsThreeMinutesUntilTheChairSetsAnotherLimit() {
        assertThat(list().get("timeLimit").asString()).isEqualTo("PT3M");
        JsonNode floor = next().json().get("floor");
        assertThat(Duration.between(Instant.parse(floor.get("since").asString()),
                Instant.parse(floor.get("endsAt").asString()))).isEqualTo(Duration.ofMinutes(3));
    }
}
