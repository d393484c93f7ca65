package org.plenary.silence;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.plenary.support.Api;
import org.plenary.support.Fixtures;
import org.plenary.support.Fixtures.Person;
import tools.jackson.databind.JsonNode;

/**
 * A process for silence-procedure tests: its Presidency, two States Parties, a signatory and an organisation,
 * each with a delegate, and a meeting to move. The minimum period is given, so that tests can move the clock
 * by minutes rather than days (API tokens last hours).
 */
record SilenceWorld(Api admin, String treaty, String process, Person presidency, String partyA, Person delegateA,
        String partyB, Person delegateB, String signatory, Person signatoryDelegate, Person ngoDelegate,
        String meeting) {

    static SilenceWorld create(Api admin, String minimumPeriod) {
        String treaty = Fixtures.aTreaty(admin);
        Map<String, Object> process = new HashMap<>(Fixtures.newProcess(treaty));
        process.put("silenceMinimumPeriod", minimumPeriod);
        String processId = admin.post("/processes", process).json().get("id").asString();
        Person presidency = Fixtures.anOfficer(admin, processId, "PRESIDENCY");
        String a = Fixtures.aState(admin);
        String b = Fixtures.aState(admin);
        String signatory = Fixtures.aState(admin);
        Fixtures.recordStatus(admin, treaty, a, "STATE_PARTY", "2010-08-01");
        Fixtures.recordStatus(admin, treaty, b, "STATE_PARTY", "2011-02-01");
        Fixtures.recordStatus(admin, treaty, signatory, "SIGNATORY", "2008-12-03");
        String meeting = presidency.api().post("/processes/" + processId + "/meetings", Map.of(
                "title", "First Preparatory Meeting", "kind", "PREPARATORY_MEETING", "format", "IN_PERSON",
                "start", "2020-06-08T10:00:00+02:00", "end", "2020-06-08T13:00:00+02:00")).json().get("id").asString();
        return new SilenceWorld(admin, treaty, processId, presidency, a, Fixtures.aDelegate(admin, a), b,
                Fixtures.aDelegate(admin, b), signatory, Fixtures.aDelegate(admin, signatory),
                Fixtures.aDelegate(admin, Fixtures.anOrganisation(admin)), meeting);
    }

    String path() {
        return "/processes/" + process + "/silence-procedures";
    }

    String path(String procedure) {
        return path() + "/" + procedure;
    }

    /**
     * The outcome letter of a concluded procedure, once correspondence has drafted it (after the conclusion, and for
     * an adopted effect after meetings has applied it: in transactions of their own).
     */
    JsonNode outcomeLetter(String procedure) {
        String letter = presidency.api().get(path(procedure)).json().get("outcomeLetterId").asString();
        String path = "/processes/" + process + "/letters/" + letter;
        await().atMost(Duration.ofSeconds(20)).until(() -> presidency.api().get(path).status() == 200);
        return presidency.api().get(path).json();
    }

    /** A draft body with a deadline {@code deadline} and the meeting moved to 29 June 2020 as its effect. */
    Map<String, Object> proposal(Instant deadline) {
        return Map.of("subject", "Date of the First Preparatory Meeting",
                "proposal", "The First Preparatory Meeting is held on 29 June 2020 instead of 8 June 2020.",
                "deadline", deadline.truncatedTo(ChronoUnit.SECONDS).toString(),
                "effect", Map.of("type", "RESCHEDULE_MEETING", "meetingId", meeting,
                        "start", "2020-06-29T10:00:00+02:00", "end", "2020-06-29T13:00:00+02:00"));
    }

    /** A draft body with {@code count} draft decisions (ATT/CSP6/2020/DEC.1 …) and a deadline {@code deadline}. */
    Map<String, Object> drafts(Instant deadline, int count) {
        List<Map<String, Object>> drafts = new java.util.ArrayList<>();
        for (int i = 1; i <= count; i++) {
            drafts.add(Map.of("symbol", "ATT/CSP6/2020/DEC." + i, "title", "Decision " + i + " of the Conference",
                    "text", "The Conference decides item " + i + "."));
        }
        return Map.of("subject", "Decisions of the Sixth Conference of States Parties", "drafts", drafts,
                "deadline", deadline.truncatedTo(ChronoUnit.SECONDS).toString());
    }

    /**
     * Publishes a document of {@code distribution} with a small text file per language; answers its id. The
     * symbol is unique to this call.
     */
    String document(String title, String distribution, String... languages) {
        String symbol = "CCM/CONF/" + (1000 + (int) (Math.random() * 8999)) + "/WP." + (1 + (int) (Math.random() * 9998));
        String boundary = "silence-world-" + UUID.randomUUID();
        StringBuilder body = new StringBuilder("--" + boundary + "\r\nContent-Disposition: form-data; name=\"metadata\""
                + "\r\nContent-Type: application/json\r\n\r\n{\"symbol\":\"" + symbol + "\",\"title\":\"" + title
                + "\",\"type\":\"WORKING_PAPER\",\"distribution\":\"" + distribution
                + "\",\"originalLanguage\":\"en\"}\r\n");
        for (String language : languages) {
            body.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"").append(language)
                    .append("\"; filename=\"paper-").append(language).append(".txt\"\r\nContent-Type: text/plain\r\n\r\n")
                    .append(title).append(" (").append(language).append(")\r\n");
        }
        body.append("--").append(boundary).append("--\r\n");
        Api.Response published = presidency.api().send("POST", "/processes/" + process + "/documents", body.toString(),
                "multipart/form-data; boundary=" + boundary);
        if (published.status() != 201) {
            throw new IllegalStateException("Cannot publish: " + published);
        }
        return published.json().get("id").asString();
    }

    /** A draft letter of the Presidency, such as the one a procedure is announced with; answers its id. */
    String letter(String subject) {
        Api.Response drafted = presidency.api().post("/processes/" + process + "/letters", Map.of(
                "reference", "BFX/" + UUID.randomUUID().toString().substring(0, 8), "date", "2020-06-05",
                "place", "Geneva", "subject", subject, "body", "Dear Excellencies, …",
                "addressees", List.of("STATES_PARTIES", "SIGNATORY_STATES")));
        if (drafted.status() != 201) {
            throw new IllegalStateException("Cannot draft a letter: " + drafted);
        }
        return drafted.json().get("id").asString();
    }

    /**
     * Withdraws the procedures a test left open, so that none is adopted later by itself while another test
     * compares the database before and after a refused request.
     */
    void withdrawOpen() {
        presidency.api().get(path()).json().valueStream()
                .filter(p -> p.get("status").asString().equals("OPEN"))
                .forEach(p -> presidency.api().post(path(p.get("id").asString()) + "/withdraw",
                        Map.of("reason", "The test is over")));
    }

    /** A circulated procedure with {@code body}; answers its id. */
    String circulated(Map<String, Object> body) {
        Api.Response drafted = presidency.api().post(path(), body);
        if (drafted.status() != 201) {
            throw new IllegalStateException("Cannot draft: " + drafted);
        }
        String id = drafted.json().get("id").asString();
        Api.Response circulated = presidency.api().post(path(id) + "/circulate", null);
        if (circulated.status() != 200) {
            throw new IllegalStateException("Cannot circulate: " + circulated);
        }
        return id;
    }
}
