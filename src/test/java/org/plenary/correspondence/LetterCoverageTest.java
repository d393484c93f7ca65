package org.plenary.correspondence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.plenary.support.ApiAssertions.assertForbidden;
import static org.plenary.support.ApiAssertions.assertProblem;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plenary.PlenaryTest;
import org.plenary.support.Api;
import org.plenary.support.Mails;
import tools.jackson.databind.JsonNode;

/**
 * A letter reaches the official contacts of the addressed States as well as their delegates' accounts, one e-mail
 * per distinct address and in the contact's language; the officers see, before and after sending, who it cannot
 * reach, and once such a State has an address the Presidency sends it the letter without writing to the others
 * again.
 */
class LetterCoverageTest extends PlenaryTest {

    private Api admin;
    private String process;
    private String presidency;
    private String secretariat;
    private String withContact;
    private String withAccount;
    private String withNothing;
    private String mission;
    private String delegateEmail;

    @BeforeEach
    void threeStatesParties() {
        admin = admin();
        String treaty = unique("C").toUpperCase().replace("-", "");
        admin.post("/treaties", Map.of("code", treaty, "title", "Convention on Cluster Munitions"));
        process = admin.post("/processes", Map.of("code", unique("P"), "title", "Second Review Conference",
                "treaty", treaty, "timeZone", "Europe/Zurich", "languages", List.of("en", "fr"))).json()
                .get("id").asString();
        presidency = officer("PRESIDENCY");
        secretariat = officer("SECRETARIAT");
        withContact = state(treaty, "A");
        withAccount = state(treaty, "B");
        withNothing = state(treaty, "C");
        mission = unique("mission") + "@example.org";
        admin.post("/participants/" + withContact + "/contacts", Map.of("email", mission, "role", "MISSION",
                "language", "fr"));
        account(withContact, mission.toUpperCase());
        delegateEmail = account(withAccount, unique("delegate") + "@example.org");
    }

    @Test
    void theLetterReachesContactsAndAccountsOnceEachAndLaterTheStateThatHadNoAddress() throws Exception {
        String letter = api().as(secretariat).post("/processes/" + process + "/letters", Map.of(
                "reference", unique("REF"), "date", "2020-06-18", "place", "Geneva", "subject", "Preparation",
                "body", "Excellency,", "addressees", List.of("STATES_PARTIES"))).json().get("id").asString();
        String path = "/processes/" + process + "/letters/" + letter;

        JsonNode before = api().as(secretariat).get(path + "/coverage").json();
        assertThat(before.get("addressed").asInt()).isEqualTo(3);
        assertThat(before.get("reached").asInt()).isEqualTo(2);
        assertThat(before.get("unreached").valueStream().map(u -> u.get("participantId").asString()))
                .containsExactly(withNothing);
        assertThat(api().as(secretariat).get(path).json().get("coverage").get("reached").asInt()).isEqualTo(2);

        JsonNode sent = api().as(presidency).post(path + "/send", null).json();
        JsonNode dispatches = sent.get("dispatches");
        assertThat(dispatches.size()).as("one e-mail per distinct address").isEqualTo(2);
        assertThat(dispatches.valueStream().filter(d -> d.get("email").asString().equalsIgnoreCase(mission))
                .map(d -> d.get("language").asString())).containsExactly("fr");
        assertThat(dispatches.valueStream().filter(d -> d.get("email").asString().equals(delegateEmail))
                .map(d -> d.get("language").asString())).as("an account is written to in the process's first "
                + "language").containsExactly("en");
        await().atMost(Mails.DELIVERY).until(() -> received(mission) == 1 && received(delegateEmail) == 1);
        MimeMessage french = message(mission);
        assertThat(french.getHeader("Content-Language")).containsExactly("fr");
        assertThat(french.getHeader("Auto-Submitted")).containsExactly("auto-generated");
        assertThat(Mails.plainText(french)).contains("Excellence, chers collègues,").contains("Geneva, 18 juin 2020")
                .contains("Second Review Conference");
        MimeMessage english = message(delegateEmail);
        assertThat(english.getHeader("Content-Language")).containsExactly("en");
        assertThat(Mails.plainText(english)).contains("Excellency, dear colleagues,").contains("Geneva, 18 June 2020");
        JsonNode after = api().as(presidency).get(path).json().get("coverage");
        assertThat(after.get("unreached").get(0).get("participantId").asString()).isEqualTo(withNothing);

        String capital = unique("capital") + "@example.org";
        admin.post("/participants/" + withNothing + "/contacts", Map.of("email", capital, "role", "CAPITAL"));
        assertForbidden(unchanged(() -> api().as(secretariat).post(path + "/dispatch-unreached", null)),
                "Only the Presidency may send letters");
        assertThat(api().as(presidency).post(path + "/dispatch-unreached", null).json().get("dispatches").asInt())
                .isEqualTo(1);
        assertThat(api().as(presidency).post(path + "/dispatch-unreached", null).json().get("dispatches").asInt())
                .as("a second time, nobody is left").isZero();
        await().atMost(Mails.DELIVERY).until(() -> received(capital) == 1);
        assertThat(received(mission)).as("the others are not written to again").isEqualTo(1);
        assertThat(api().as(presidency).get(path + "/coverage").json().get("unreached").size()).isZero();
    }

    @Test
    void aDraftCannotBeSentToTheUnreachedAndDelegatesDoNotSeeCoverage() {
        String letter = api().as(secretariat).post("/processes/" + process + "/letters", Map.of(
                "reference", unique("REF"), "date", "2020-06-18", "place", "Geneva", "subject", "Preparation",
                "body", "Excellency,", "addressees", List.of("STATES_PARTIES"))).json().get("id").asString();
        String path = "/processes/" + process + "/letters/" + letter;
        assertProblem(unchanged(() -> api().as(presidency).post(path + "/dispatch-unreached", null)), 409);
        assertProblem(api().as(tokenFor(delegateEmail.substring(0, delegateEmail.indexOf('@')), "delegate-password"))
                .get(path + "/coverage"), 404);
        assertProblem(api().get(path + "/coverage"), 401);
    }

    private long received(String address) {
        return Arrays.stream(MAIL.getReceivedMessages()).filter(m -> to(m).equalsIgnoreCase(address)).count();
    }

    private MimeMessage message(String address) {
        return Arrays.stream(MAIL.getReceivedMessages()).filter(m -> to(m).equalsIgnoreCase(address)).findFirst()
                .orElseThrow();
    }

    private static String to(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private String officer(String role) {
        String username = unique(role.toLowerCase());
        String id = admin.post("/users", Map.of("username", username, "password", "officer-password",
                "displayName", role, "email", username + "@example.org")).json().get("id").asString();
        admin.post("/processes/" + process + "/officers", Map.of("userId", id, "role", role));
        return tokenFor(username, "officer-password");
    }

    private String state(String treaty, String name) {
        String id = admin.post("/participants", Map.of("name", unique("State " + name), "kind", "STATE")).json()
                .get("id").asString();
        admin.put("/treaties/" + treaty + "/statuses/" + id, Map.of("status", "STATE_PARTY", "since", "2010-01-01"));
        return id;
    }

    /** A delegate account of {@code participant} with this e-mail address, its username the address's local part. */
    private String account(String participant, String email) {
        admin.post("/users", Map.of("username", email.substring(0, email.indexOf('@')).toLowerCase(),
                "password", "delegate-password", "displayName", "Delegate", "email", email,
                "participantId", participant));
        return email;
    }
}
