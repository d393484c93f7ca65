package org.plenary.decisions;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.plenary.silence.ConcludeProcedure;
import org.plenary.silence.SilenceProcedureId;
import org.plenary.support.Api;
import org.plenary.support.Fixtures;
import org.plenary.support.Fixtures.Person;
import org.plenary.support.TestClock;
import tools.jackson.databind.JsonNode;

/**
 * A process for tests of the register (minimum silence period one minute): its Presidency, a State Party and a
 * signatory State, each with a delegate; decisions come into it by silence procedures adopted at their deadline.
 */
record DecisionWorld(Api admin, String treaty, String process, Person presidency, String party, Person partyDelegate,
        String signatory, Person signatoryDelegate) {

    static DecisionWorld create(Api admin) {
        String treaty = Fixtures.aTreaty(admin);
        Map<String, Object> process = new HashMap<>(Fixtures.newProcess(treaty));
        process.put("silenceMinimumPeriod", "PT1M");
        String processId = admin.post("/processes", process).json().get("id").asString();
        Person presidency = Fixtures.anOfficer(admin, processId, "PRESIDENCY");
        String party = Fixtures.aState(admin);
        String signatory = Fixtures.aState(admin);
        Fixtures.recordStatus(admin, treaty, party, "STATE_PARTY", "2010-08-01");
        Fixtures.recordStatus(admin, treaty, signatory, "SIGNATORY", "2008-12-03");
        return new DecisionWorld(admin, treaty, processId, presidency, party, Fixtures.aDelegate(admin, party),
                signatory, Fixtures.aDelegate(admin, signatory));
    }

    String path() {
        return "/processes/" + process + "/decisions";
    }

    /**
     * A procedure circulated with {@code subject} and {@code proposal} (and its French version, if given), adopted
     * at its deadline with the clock stopped there; answers the register's entry of its decision once recorded.
     */
    JsonNode adopted(TestClock clock, ConcludeProcedure conclude, String subject, String proposal, String french) {
        Instant deadline = clock.instant().plus(Duration.ofMinutes(2)).truncatedTo(ChronoUnit.SECONDS);
        String procedures = "/processes/" + process + "/silence-procedures";
        String id = presidency.api().post(procedures, Map.of("subject", subject, "proposal", proposal,
                "deadline", deadline.toString())).json().get("id").asString();
        if (french != null) {
            presidency.api().put(procedures + "/" + id + "/versions/fr", Map.of("subject", subject,
                    "proposal", french));
        }
        Api.Response circulated = presidency.api().post(procedures + "/" + id + "/circulate", null);
        if (circulated.status() != 200) {
            throw new IllegalStateException("Cannot circulate: " + circulated);
        }
        clock.setTo(deadline);
        conclude.atDeadline(SilenceProcedureId.parse(id));
        await().atMost(Duration.ofSeconds(30)).until(() -> entry(id).isPresent());
        return entry(id).orElseThrow();
    }

    private Optional<JsonNode> entry(String procedure) {
        return presidency.api().get(path()).json().valueStream()
                .filter(d -> d.get("procedureId").asString().equals(procedure)).findFirst();
    }
}
