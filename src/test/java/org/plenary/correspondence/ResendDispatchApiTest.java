package org.plenary.correspondence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.plenary.support.ApiAssertions.assertForbidden;
import static org.plenary.support.ApiAssertions.assertProblem;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plenary.PlenaryTest;
import org.plenary.support.Api;
import org.plenary.support.Fixtures;
import org.plenary.support.Fixtures.Person;
import org.plenary.support.WebSession;
import tools.jackson.databind.JsonNode;

/**
 * Resending failed e-mails of a letter: the officers of the process may (API and the letter page), nobody
 * else; a dispatch that has not failed is not resent (409); a refused request changes nothing.
 */
class ResendDispatchApiTest extends PlenaryTest {

    private static final String REASON = "Only the Presidency and the Secretariat of the process may resend e-mails of letters";

    private Api admin;
    private String process;
    private Person presidency;
    private Person secretariat;
    private Person delegate;
    private String letter;
    private List<String> dispatchIds;

    /** A sent letter to one State Party with two delegates, whose e-mails both failed and were given up. */
    @BeforeEach
    void aLetterWhoseDispatchesFailed() {
        admin = admin();
        String treaty = Fixtures.aTreaty(admin);
        process = Fixtures.aProcess(admin, treaty);
        presidency = Fixtures.anOfficer(admin, process, "PRESIDENCY");
        secretariat = Fixtures.anOfficer(admin, process, "SECRETARIAT");
        String state = Fixtures.aState(admin);
        Fixtures.recordStatus(admin, treaty, state, "STATE_PARTY", "2010-01-01");
        delegate = Fixtures.aDelegate(admin, state);
        Fixtures.aDelegate(admin, state);
        letter = presidency.api().post("/processes/" + process + "/letters", Map.of("reference", unique("REF"),
                "date", "2020-06-18", "place", "Geneva", "subject", "Preparation", "body", "Excellency,",
                "addressees", List.of("STATES_PARTIES"))).json().get("id").asString();
        assertThat(presidency.api().post(letterPath() + "/send", null).status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(20)).until(() -> dispatches().stream()
                .allMatch(d -> d.get("status").asString().equals("SENT")));
        dispatchIds = dispatches().stream().map(d -> d.get("id").asString()).toList();
        jdbc.sql("""
                update letter_dispatch set status = 'FAILED', sent_at = null, attempts = 11,
                       last_error = 'Cannot connect to the mail server' where letter = ?
                """).param(UUID.fromString(letter)).update();
        jdbc.sql("""
                update mail_outbox set status = 'FAILED', sent_at = null, attempts = 11,
                       last_error = 'Cannot connect to the mail server'
                 where id in (select id from letter_dispatch where letter = ?)
                """).param(UUID.fromString(letter)).update();
    }

    @Test
    void theSecretariatResendsOneFailedDispatchWhichIsAuditedAndArrives() {
        String email = dispatches().get(0).get("email").asString();
        long before = receivedBy(email);
        Api.Response resent = secretariat.api().post(dispatchPath(dispatchIds.get(0)) + "/resend", null);

        assertThat(resent.status()).as(resent.toString()).isEqualTo(200);
        assertThat(resent.json().get("id").asString()).isEqualTo(dispatchIds.get(0));
        assertThat(resent.json().get("status").asString()).isEqualTo("QUEUED");
        assertThat(resent.json().get("attempts").asInt()).isZero();
        assertThat(count("select count(*) from audit_entry where action = 'correspondence.dispatch.resent' "
                + "and object_id = ?", dispatchIds.get(0))).isEqualTo(1);
        await().atMost(Duration.ofSeconds(20)).until(() -> status(dispatchIds.get(0)).equals("SENT"));
        assertThat(receivedBy(email)).isEqualTo(before + 1);
        assertThat(status(dispatchIds.get(1))).isEqualTo("FAILED");
        assertProblem(unchanged(() -> secretariat.api().post(dispatchPath(dispatchIds.get(0)) + "/resend", null)), 409);
    }

    @Test
    void refusesToResendToAnybodyButTheOfficersOfTheProcessAndChangesNothing() {
        Person officerElsewhere = Fixtures.anOfficer(admin, Fixtures.aProcess(admin), "PRESIDENCY");
        for (Person caller : List.of(delegate, officerElsewhere, Fixtures.aUser(admin))) {
            assertForbidden(unchanged(() -> caller.api().post(dispatchPath(dispatchIds.get(0)) + "/resend", null)),
                    REASON);
            assertForbidden(unchanged(() -> caller.api().post(letterPath() + "/dispatches/resend-failed", null)),
                    REASON);
        }
        assertProblem(unchanged(() -> api().post(letterPath() + "/dispatches/resend-failed", null)), 401);
        assertThat(dispatches()).allSatisfy(d -> {
            assertThat(d.get("status").asString()).isEqualTo("FAILED");
            assertThat(d.get("attempts").asInt()).isEqualTo(11);
        });
    }

    @Test
    void answers404ForAnUnknownDispatchAnd409WhenNoneHasFailed() {
        for (String unknown : List.of(UUID.randomUUID().toString(), "not-a-dispatch")) {
            assertProblem(unchanged(() -> presidency.api().post(dispatchPath(unknown) + "/resend", null)), 404);
        }
        assertProblem(unchanged(() -> presidency.api().post("/processes/" + process + "/letters/"
                + UUID.randomUUID() + "/dispatches/resend-failed", null)), 404);

        Api.Response all = presidency.api().post(letterPath() + "/dispatches/resend-failed", null);
        assertThat(all.status()).as(all.toString()).isEqualTo(200);
        assertThat(all.json().valueStream().map(d -> d.get("id").asString()).toList())
                .containsExactlyInAnyOrderElementsOf(dispatchIds);
        assertThat(all.json().valueStream().map(d -> d.get("status").asString())).containsOnly("QUEUED");
        assertProblem(unchanged(() -> presidency.api().post(letterPath() + "/dispatches/resend-failed", null)), 409);
        await().atMost(Duration.ofSeconds(20)).until(() -> dispatches().stream()
                .allMatch(d -> d.get("status").asString().equals("SENT") && d.get("attempts").asInt() == 1));
    }

    @Test
    void theLetterPageOffersToResendFailedDispatchesToItsOfficers() {
        WebSession page = WebSession.signIn(port, secretariat.username(), Fixtures.PASSWORD);
        String code = admin.get("/processes/" + process).json().get("code").asString();
        String path = "/processes/" + code + "/letters/" + letter;
        HttpResponse<String> shown = page.get(path);
        assertThat(shown.body()).contains(path + "/dispatches/" + dispatchIds.get(0) + "/resend",
                path + "/dispatches/resend-failed");

        HttpResponse<String> resent = page.post(path + "/dispatches/" + dispatchIds.get(1) + "/resend", Map.of());
        assertThat(resent.statusCode()).isEqualTo(302);
        assertThat(status(dispatchIds.get(1))).isIn("QUEUED", "SENT");
        assertThat(status(dispatchIds.get(0))).isEqualTo("FAILED");
        page.get(path);
        HttpResponse<String> again = page.post(path + "/dispatches/" + dispatchIds.get(1) + "/resend", Map.of());
        assertThat(again.statusCode()).as("not failed any more").isEqualTo(409);
        assertThat(again.body()).contains("id=\"resend-error\"", "has not failed",
                path + "/dispatches/" + dispatchIds.get(0) + "/resend");

        WebSession delegatePage = WebSession.signIn(port, delegate.username(), Fixtures.PASSWORD);
        delegatePage.get(path);
        assertThat(delegatePage.post(path + "/dispatches/resend-failed", Map.of()).statusCode()).isEqualTo(403);
        assertThat(status(dispatchIds.get(0))).isEqualTo("FAILED");
    }

    private static long receivedBy(String email) {
        return java.util.Arrays.stream(MAIL.getReceivedMessages()).filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().equals(email);
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).count();
    }

    private String status(String dispatch) {
        return dispatches().stream().filter(d -> d.get("id").asString().equals(dispatch)).findFirst().orElseThrow()
                .get("status").asString();
    }

    private List<JsonNode> dispatches() {
        return presidency.api().get(letterPath()).json().get("dispatches").valueStream().toList();
    }

    private String letterPath() {
        return "/processes/" + process + "/letters/" + letter;
    }

    private String dispatchPath(String dispatch) {
        return letterPath() + "/dispatches/" + dispatch;
    }
}
