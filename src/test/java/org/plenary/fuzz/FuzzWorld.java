package org.plenary.fuzz;

import static org.plenary.support.Fixtures.PASSWORD;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.plenary.support.Api;
import org.plenary.support.Fixtures;
import org.plenary.support.Fixtures.Person;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A process with one of everything the API names by id (a meeting with an agenda, a document, a sent letter
 * with its dispatches, a draft and a circulated silence procedure with a receipt, an open consultation with a
 * delegation's views), the tokens of its administrator, Presidency and a State Party's delegate, and the values
 * that make a request body plausible.
 */
record FuzzWorld(String admin, String presidency, String delegate, Map<String, String> ids,
        Map<String, JsonNode> values) {

    static final List<String> DOCUMENT_METADATA = List.of("symbol", "title", "type", "distribution",
            "originalLanguage");

    static FuzzWorld create(Api admin, String adminToken, Requests requests) {
        String treaty = Fixtures.aTreaty(admin);
        String process = Fixtures.aProcess(admin, treaty);
        String state = Fixtures.aState(admin);
        Fixtures.recordStatus(admin, treaty, state, "STATE_PARTY", "2010-08-01");
        Person delegate = Fixtures.aDelegate(admin, state);
        Person presidency = Fixtures.anOfficer(admin, process, "PRESIDENCY");
        Person user = Fixtures.aUser(admin);
        String presidencyToken = Fixtures.signIn(admin, presidency.username(), PASSWORD);
        String delegateToken = Fixtures.signIn(admin, delegate.username(), PASSWORD);
        String base = "/processes/" + process;
        String deadline = Instant.now().plus(100, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();

        String meeting = id(presidency.api().post(base + "/meetings", Map.of("title", "Preparatory Meeting",
                "kind", "PREPARATORY_MEETING", "format", "HYBRID", "start", "2031-03-02T10:00:00+01:00",
                "end", "2031-03-02T13:00:00+01:00")));
        ok(presidency.api().put(base + "/meetings/" + meeting + "/agenda", Map.of("status", "PROVISIONAL",
                "items", List.of(Map.of("title", "Opening"), Map.of("title", "Adoption of the agenda")))));
        String symbol = "FUZZ/" + (1000 + Math.floorMod(process.hashCode(), 8999)) + "/WP.1";
        Map<String, Object> parts = new LinkedHashMap<>();
        parts.put("metadata", "{\"symbol\":\"" + symbol + "\",\"title\":\"Working paper\",\"type\":\"WORKING_PAPER\","
                + "\"distribution\":\"GENERAL\",\"originalLanguage\":\"en\"}");
        parts.put("en", "Possible elements".getBytes(StandardCharsets.UTF_8));
        Requests.Answer published = requests.send("POST", "/api/v1" + base + "/documents", presidencyToken,
                Requests.multipart(parts), Requests.MULTIPART);
        if (published.status() != 201) {
            throw new IllegalStateException("The world cannot be made: " + published);
        }
        String document = JsonMapper.builder().build().readTree(published.body()).get("id").asString();

        String letter = id(presidency.api().post(base + "/letters", Map.of("reference", Fixtures.unique("REF"),
                "date", "2031-03-01", "place", "Geneva", "subject", "Convocation", "body", "Excellency,",
                "addressees", List.of("STATES_PARTIES"))));
        JsonNode sent = ok(presidency.api().post(base + "/letters/" + letter + "/send", null)).json();
        String dispatch = sent.path("dispatches").path(0).path("id").asString();

        Map<String, Object> procedure = Map.of("subject", "Dates", "proposal", "The meeting is moved.",
                "deadline", deadline);
        String draft = id(presidency.api().post(base + "/silence-procedures", procedure));
        String circulated = id(presidency.api().post(base + "/silence-procedures", procedure));
        ok(presidency.api().post(base + "/silence-procedures/" + circulated + "/circulate", null));
        JsonNode comment = ok(delegate.api().post(base + "/silence-procedures/" + circulated + "/comments",
                Map.of("text", "A comment"))).json().path("receipt");
        String receipt = comment.isObject() ? comment.path("reference").asString() : comment.asString();

        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String consultation = id(presidency.api().post(base + "/consultations", Map.of("title", "Elements",
                "opens", now.minus(1, ChronoUnit.HOURS).toString(), "closes", deadline,
                "elements", List.of(Map.of("ref", "1", "text", "Clear all remnants.")),
                "questions", List.of(Map.of("ref", "Q1", "text", "Which indicators?")))));
        ok(delegate.api().put(base + "/consultations/" + consultation + "/submissions/mine",
                Map.of("positions", List.of(Map.of("element", "1", "stance", "RETAIN")))));

        Map<String, String> ids = new HashMap<>(Map.of("pid", process, "mid", meeting, "did", document,
                "lid", letter, "dispatchId", dispatch, "cid", consultation, "code", treaty, "participantId", state,
                "userId", presidency.id(), "lang", "en"));
        ids.putAll(Map.of("reference", receipt, "draft", draft, "circulated", circulated, "user", user.id(),
                "spareUser", user.username()));
        return new FuzzWorld(adminToken, presidencyToken, delegateToken, Map.copyOf(ids),
                values(ids, treaty, state, deadline, now));
    }

    /** The id that a path variable takes in {@code path}: {@code id} depends on what the path is about. */
    String id(String path, String variable) {
        if (!variable.equals("id")) {
            return ids.get(variable);
        }
        if (path.startsWith("/api/v1/users")) {
            return ids.get("user");
        }
        if (path.startsWith("/api/v1/participants")) {
            return ids.get("participantId");
        }
        boolean answered = path.matches(".*/(objections|comments|amendments|receipts/.*|live|withdraw)$");
        return ids.get(answered ? "circulated" : "draft");
    }

    private static Map<String, JsonNode> values(Map<String, String> ids, String treaty, String state, String deadline,
            Instant now) {
        Map<String, Object> values = new HashMap<>();
        values.putAll(Map.of("treaty", treaty, "participantId", state, "userId", ids.get("userId"),
                "meetingId", ids.get("mid"), "documentId", ids.get("did"), "documents", List.of(ids.get("did")),
                "attachments", List.of(ids.get("did")), "refersTo", List.of(ids.get("lid")), "members", List.of(state),
                "order", List.of(state)));
        values.putAll(Map.of("agendaItem", "1", "element", "1", "after", "1", "question", "Q1", "ref", "1",
                "Addition.ref", "1 bis", "motivatedBy", List.of(), "timeZone", "Europe/Zurich",
                "languages", List.of("en"), "silenceMinimumPeriod", "PT72H"));
        values.putAll(Map.of("deadline", deadline, "NewConsultation.opens", now.toString(),
                "Extension.closes", now.plus(200, ChronoUnit.DAYS).toString(), "since", "2015-01-01",
                "email", "fuzz@mission.example", "password", PASSWORD, "username", "fuzz-user",
                "onlineUrl", "https://meet.example.org/fuzz", "timeLimit", "PT3M", "speakerLimit", 2));
        values.putAll(Map.of("code", "FUZZ-1", "symbol", "FUZZ/WP.1", "originalLanguage", "en",
                "type", "WORKING_PAPER", "distribution", "GENERAL", "title", "Fuzz title"));
        Map<String, JsonNode> nodes = new HashMap<>();
        values.forEach((name, value) -> nodes.put(name, JsonMapper.builder().build().valueToTree(value)));
        for (String absent : List.of("revises", "announcedWith", "positionId", "onBehalfOf", "giveFloorTo", "iso3",
                "organisationType", "NewAccount.participantId")) {
            nodes.put(absent, Samples.NODES.nullNode());
        }
        return Map.copyOf(nodes);
    }

    private static Api.Response ok(Api.Response response) {
        if (response.status() >= 300) {
            throw new IllegalStateException("The world cannot be made: " + response);
        }
        return response;
    }

    private static String id(Api.Response response) {
        return ok(response).json().get("id").asString();
    }
}
