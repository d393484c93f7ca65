package org.plenary.support;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Small factories for full-stack tests. Each makes uniquely named data through the API as the given
 * administrator and answers what the test needs next (an id, or a signed-in person).
 */
public final class Fixtures {

    public static final String PASSWORD = "correct-horse-battery";

    /** An account and an API client signed in as it. */
    public record Person(String id, String username, Api api) {
    }

    private Fixtures() {
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A State without a code; answers its id. */
    public static String aState(Api admin) {
        return created(admin.post("/participants", Map.of("name", unique("State"), "kind", "STATE")));
    }

    /** A State with a fresh ISO 3166 alpha-3 code; answers the created participant. */
    public static Api.Response aStateWithIso3(Api admin) {
        for (int attempt = 0; attempt < 50; attempt++) {
            Api.Response response = admin.post("/participants",
                    Map.of("name", unique("State"), "kind", "STATE", "iso3", randomIso3()));
            if (response.status() == 201) {
                return response;
            }
        }
        throw new IllegalStateException("No free ISO 3166 code found");
    }

    public static String anOrganisation(Api admin) {
        return created(admin.post("/participants", Map.of("name", unique("Organisation"), "kind", "ORGANISATION",
                "organisationType", "NON_GOVERNMENTAL_ORGANISATION")));
    }

    /** A treaty with a fresh code; answers the code. */
    public static String aTreaty(Api admin) {
        String code = "T-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        created(admin.post("/treaties", Map.of("code", code, "title", "Convention " + code)));
        return code;
    }

    public static void recordStatus(Api admin, String treaty, String participantId, String status, String since) {
        Api.Response response = admin.put("/treaties/" + treaty + "/statuses/" + participantId,
                Map.of("status", status, "since", since));
        if (response.status() != 200) {
            throw new IllegalStateException("Cannot record a status: " + response);
        }
    }

    /** A process of a fresh treaty; answers its id. */
    public static String aProcess(Api admin) {
        return aProcess(admin, aTreaty(admin));
    }

    public static String aProcess(Api admin, String treaty) {
        return created(admin.post("/processes", newProcess(treaty)));
    }

    public static Map<String, Object> newProcess(String treaty) {
        return Map.of("code", unique("P"), "title", "Review Conference", "treaty", treaty,
                "timeZone", "Europe/Zurich", "languages", java.util.List.of("en", "fr"),
                "silenceMinimumPeriod", "PT72H");
    }

    /** A delegate of a State or organisation, signed in. */
    public static Person aDelegate(Api admin, String participantId) {
        return anAccount(admin, Map.of("participantId", participantId));
    }

    /** An account that is neither administrator nor delegate (a future officer), signed in. */
    public static Person aUser(Api admin) {
        return anAccount(admin, Map.of());
    }

    /** An account appointed to a process in {@code role}, signed in. */
    public static Person anOfficer(Api admin, String processId, String role) {
        Person officer = aUser(admin);
        created(admin.post("/processes/" + processId + "/officers", Map.of("userId", officer.id(), "role", role)));
        return officer;
    }

    public static Map<String, Object> newUser(String username) {
        return Map.of("username", username, "password", PASSWORD, "displayName", "Delegate " + username,
                "email", username + "@mission.example");
    }

    public static String signIn(Api api, String username, String password) {
        Api.Response response = api.anonymous().post("/auth/token", Map.of("username", username, "password", password));
        if (response.status() != 200) {
            throw new IllegalStateException("Cannot sign in " + username + ": " + response);
        }
        return response.json().get("token").asString();
    }

    private static Person anAccount(Api admin, Map<String, Object> extra) {
        String username = unique("user").toLowerCase();
        Map<String, Object> body = new java.util.HashMap<>(newUser(username));
        body.putAll(extra);
        String id = created(admin.post("/users", body));
        return new Person(id, username, admin.as(signIn(admin, username, PASSWORD)));
    }

    private static String created(Api.Response response) {
        if (response.status() != 201) {
            throw new IllegalStateException("Expected 201 Created: " + response);
        }
        return response.json().get("id").asString();
    }

    private static String randomIso3() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "" + (char) ('A' + random.nextInt(26)) + (char) ('A' + random.nextInt(26)) + (char) ('A' + random.nextInt(26));
    }
}
