package org.plenary.processes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plenary.support.ApiAssertions.assertInvalid;
import static org.plenary.support.ApiAssertions.assertProblem;
import static org.plenary.support.Fixtures.aTreaty;
import static org.plenary.support.Fixtures.newProcess;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plenary.PlenaryTest;
import org.plenary.support.Api;
import tools.jackson.databind.JsonNode;

/** A process with bad settings gets a 400 naming each bad field, or a 409 for its code, and is not created. */
class ProcessBadInputTest extends PlenaryTest {

    private Api admin;
    private String treaty;

    @BeforeEach
    void signInAsAdministrator() {
        admin = admin();
        treaty = aTreaty(admin);
    }

    private Api.Response create(Map<String, Object> changes) {
        Map<String, Object> body = new HashMap<>(newProcess(treaty));
        body.putAll(changes);
        return unchanged(() -> admin.post("/processes", body));
    }

    @Test
    void refusesAnUnknownTimeZone() {
        assertInvalid(create(Map.of("timeZone", "Mars/Olympus_Mons")), "timeZone");
        assertInvalid(create(Map.of("timeZone", "GMT+2h")), "timeZone");
    }

    @Test
    void refusesAPeriodThatIsNotAPositiveIsoDuration() {
        assertInvalid(create(Map.of("silenceMinimumPeriod", "72 hours")), "silenceMinimumPeriod");
        assertInvalid(create(Map.of("silenceMinimumPeriod", "-PT72H")), "silenceMinimumPeriod");
        assertInvalid(create(Map.of("silenceMinimumPeriod", "PT0S")), "silenceMinimumPeriod");
        assertInvalid(create(Map.of("silenceMinimumPeriod", "P61D")), "silenceMinimumPeriod");
    }

    @Test
    void refusesACodeThatWouldBeReadAsAnId() {
        assertInvalid(create(Map.of("code", java.util.UUID.randomUUID().toString())), "code");
    }

    @Test
    void refusesAnUnknownTreaty() {
        assertInvalid(create(Map.of("treaty", "NO-SUCH-TREATY")), "treaty");
    }

    @Test
    void refusesLanguagesThatAreNotAListOfOfficialLanguages() {
        assertInvalid(create(Map.of("languages", "en")), "languages");
        assertInvalid(create(Map.of("languages", List.of())), "languages");
        assertInvalid(create(Map.of("languages", List.of("en", "de"))), "languages");
        assertInvalid(create(Map.of("languages", List.of("en", "EN"))), "languages");
    }

    @Test
    void refusesAnInvalidCodeOrTitle() {
        assertInvalid(create(Map.of("code", "CCM 2RC")), "code");
        assertInvalid(create(Map.of("code", "x".repeat(41))), "code");
        assertInvalid(create(Map.of("title", "")), "title");
        assertInvalid(create(Map.of("title", "t".repeat(301))), "title");
        assertInvalid(create(Map.of("title", "Review\u0000Conference")), "title");
    }

    @Test
    void namesEveryBadFieldAtOnce() {
        JsonNode problem = assertInvalid(create(Map.of("timeZone", "Nowhere", "silenceMinimumPeriod", "soon",
                "treaty", "NOPE")), "timeZone");

        assertThat(problem.path("errors").valueStream().map(e -> e.path("field").asString()))
                .containsExactlyInAnyOrder("timeZone", "silenceMinimumPeriod", "treaty");
    }

    @Test
    void refusesASecondProcessWithTheSameCodeInAnyCase() {
        Map<String, Object> body = newProcess(treaty);
        admin.post("/processes", body);

        JsonNode problem = assertProblem(create(Map.of("code", ((String) body.get("code")).toLowerCase())), 409);

        assertThat(problem.path("detail").asString()).containsIgnoringCase((String) body.get("code"));
    }

    @Test
    void refusesAnEmptyOrMalformedBody() {
        assertProblem(unchanged(() -> admin.send("POST", "/processes", "", "application/json")), 400);
        assertProblem(unchanged(() -> admin.send("POST", "/processes", "null", "application/json")), 400);
        assertProblem(unchanged(() -> admin.send("POST", "/processes", "[]", "application/json")), 400);
        assertInvalid(unchanged(() -> admin.send("POST", "/processes", "{}", "application/json")), "code");
    }
}
