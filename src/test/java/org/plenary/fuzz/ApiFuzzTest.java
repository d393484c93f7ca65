package org.plenary.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.plenary.PlenaryTest;
import org.plenary.fuzz.Cases.Case;
import org.plenary.fuzz.Operations.Operation;
import org.plenary.support.Fixtures;
import tools.jackson.databind.JsonNode;

/**
 * Every operation of the served OpenAPI document, sent malformed values one at a time (in path variables, query
 * parameters, each value of the body, the whole body), by the first of an administrator, the Presidency and a
 * State Party's delegate that may call it, and anonymously: no answer may be a server error (5xx) or missing.
 * The cases are made from the document and the world in a fixed order, without chance, so that a failure
 * comes back on every run; each failure names the operation, the caller and what was wrong.
 */
class ApiFuzzTest extends PlenaryTest {

    private record Sent(Operation operation, String caller, Case sent, Requests.Answer answer) {

        @Override
        public String toString() {
            String body = answer.body() == null ? "" : answer.body();
            return operation + " as " + caller + " with " + sent.wrong() + " -> " + answer.status() + " "
                    + body.substring(0, Math.min(body.length(), 200));
        }
    }

    @Test
    void noOperationAnswersMalformedInputWithAServerError() {
        Requests requests = new Requests(port);
        JsonNode document = api().get("/v3/api-docs").json();
        // An administrator of its own: the calls on one's own account (PUT /me …) must not change the one that
        // other tests share.
        String administrator = unique("fuzz-admin").toLowerCase();
        admin().post("/users", Map.of("username", administrator, "password", Fixtures.PASSWORD,
                "displayName", "Fuzzing administrator", "email", administrator + "@example.org", "admin", true));
        String adminToken = tokenFor(administrator, Fixtures.PASSWORD);
        FuzzWorld world = FuzzWorld.create(admin(), adminToken, requests);
        Cases cases = new Cases(world, new Samples(document.path("components").path("schemas"), world.values()));
        List<Operation> operations = Operations.of(document);
        List<Sent> failures = new ArrayList<>();
        Map<Integer, Integer> statuses = new TreeMap<>();
        long started = System.nanoTime();

        for (Operation operation : operations) {
            List<Case> malformed = cases.of(operation);
            String caller = signsOut(operation) ? spareToken(world) : caller(requests, cases, operation, world);
            boolean anonymousReachesBody = !operation.stream()
                    && send(requests, operation, null, cases.probe(operation)).status() != 401;
            for (Case c : malformed) {
                for (String token : Arrays.asList(caller, null)) {
                    if (token == null && c.inBody() && !anonymousReachesBody) {
                        continue;
                    }
                    Requests.Answer answer = send(requests, operation, token, c);
                    statuses.merge(answer.status(), 1, Integer::sum);
                    if (answer.status() >= 500 || answer.status() < 100) {
                        failures.add(new Sent(operation, token == null ? "anonymous" : name(world, token), c, answer));
                    }
                }
            }
        }

        System.out.printf("Fuzzed %d operations with %d requests in %d s: %s%n", operations.size(),
                statuses.values().stream().mapToInt(Integer::intValue).sum(),
                (System.nanoTime() - started) / 1_000_000_000, statuses);
        assertThat(operations).hasSizeGreaterThan(80);
        if (!failures.isEmpty()) {
            fail("%d server errors:%n%s", failures.size(), String.join("\n", failures.stream().map(Sent::toString)
                    .toList()));
        }
    }

    private static Requests.Answer send(Requests requests, Operation operation, String token, Case c) {
        return requests.send(operation.method(), c.target(), token, c.body(), c.contentType());
    }

    /**
     * The first of the administrator, the Presidency and the delegate whose call is not refused with 403. A call
     * that would act on a real object without a body to check (circulate, cancel, send) is tried on an unknown
     * one instead.
     */
    private static String caller(Requests requests, Cases cases, Operation operation, FuzzWorld world) {
        Case probe = cases.probe(operation);
        if (operation.stream() || (probe.body() == null && !operation.method().equals("GET"))) {
            List<String> variables = operation.pathVariables();
            probe = new Case("an unknown object", variables.isEmpty() ? probe.target()
                    : cases.path(operation, variables.getLast(), "00000000-0000-0000-0000-000000000000"), null, null,
                    false);
        }
        for (String token : List.of(world.admin(), world.presidency(), world.delegate())) {
            if (send(requests, operation, token, probe).status() != 403) {
                return token;
            }
        }
        return world.admin();
    }

    private static boolean signsOut(Operation operation) {
        return operation.method().equals("DELETE") && operation.path().endsWith("/auth/token");
    }

    /** Signing out revokes the caller's token: that call is made with a token of its own. */
    private String spareToken(FuzzWorld world) {
        return tokenFor(world.ids().get("spareUser"), Fixtures.PASSWORD);
    }

    private static String name(FuzzWorld world, String token) {
        return token.equals(world.admin()) ? "administrator" : token.equals(world.presidency()) ? "Presidency"
                : token.equals(world.delegate()) ? "delegate" : "another account";
    }
}
