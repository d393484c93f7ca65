package org.plenary.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plenary.support.ApiAssertions.assertForbidden;
import static org.plenary.support.Fixtures.aDelegate;
import static org.plenary.support.Fixtures.aProcess;
import static org.plenary.support.Fixtures.aState;
import static org.plenary.support.Fixtures.aUser;
import static org.plenary.support.Fixtures.anOfficer;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.plenary.PlenaryTest;
import org.plenary.support.Api;
import org.plenary.support.Mailbox;
import org.plenary.support.TestClock;
import org.plenary.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;

/** An invitation by e-mail: the link sets a password once, within seven days, and nobody else knows it. */
class InvitationJourneyTest extends PlenaryTest {

    private static final String PASSWORD = "a long and new password";

    @Autowired
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theInvitedPersonChoosesAPasswordOnceAndSignsIn() {
        Api admin = admin();
        String state = aState(admin);
        String email = unique("ana") + "@mission.example";
        Api.Response invited = admin.post("/users/invitations",
                Map.of("email", email, "displayName", "Ana López", "participantId", state, "language", "es"));
        assertThat(invited.status()).as("%s", invited).isEqualTo(201);
        assertThat(invited.header("Location")).contains("/api/v1/users/invitations/" + invited.json().get("id").asString());
        assertThat(Instant.parse(invited.json().get("expiresAt").asString()))
                .isBetween(Instant.now().plus(Duration.ofDays(7)).minusSeconds(60), Instant.now().plus(Duration.ofDays(7)));
        assertThat(count("select count(*) from audit_entry where action = 'identity.invitation.created' and object_id = ?",
                invited.json().get("id").asString())).isEqualTo(1);
        assertThat(count("select count(*) from account_link where email = ? and token_hash is not null", email))
                .isEqualTo(1);

        Mailbox mailbox = new Mailbox(MAIL, email);
        String link = mailbox.linkIn(1, "/invitations/");
        assertThat(mailbox.subject(1)).isEqualTo("Su invitación a Plenary");
        assertThat(count("select count(*) from account_link where token_hash = encode(sha256(convert_to(?, 'UTF8')), 'hex')",
                link.substring("/invitations/".length()))).as("only the hash of the link is stored").isEqualTo(1);

        WebSession browser = WebSession.anonymous(port);
        HttpResponse<String> page = browser.get(link);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Ana López").contains(email);
        String username = unique("ana").toLowerCase();
        HttpResponse<String> accepted = browser.post(link, Map.of("username", username, "password", PASSWORD));
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(302);
        assertThat(accepted.headers().firstValue("Location").orElse("")).endsWith("/login");

        Api me = api().as(tokenFor(username, PASSWORD));
        Api.Response profile = me.get("/me");
        assertThat(profile.json().get("displayName").asString()).isEqualTo("Ana López");
        assertThat(profile.json().get("email").asString()).isEqualTo(email);
        assertThat(profile.json().get("participantId").asString()).isEqualTo(state);
        WebSession.signIn(port, username, PASSWORD);

        WebSession again = WebSession.anonymous(port);
        HttpResponse<String> second = again.get(link);
        assertThat(second.statusCode()).isEqualTo(400);
        assertThat(second.body()).contains("This link has already been used");
        again.get("/password-reset");
        HttpResponse<String> replay = again.post(link, Map.of("username", unique("other").toLowerCase(),
                "password", PASSWORD));
        assertThat(replay.statusCode()).isEqualTo(400);
        assertThat(count("select count(*) from account where email = ?", email)).isEqualTo(1);
    }

    @Test
    void anExpiredInvitationIsRefused() {
        String email = unique("late") + "@mission.example";
        assertThat(admin().post("/users/invitations", Map.of("email", email, "displayName", "Late Comer")).status())
                .isEqualTo(201);
        String link = new Mailbox(MAIL, email).linkIn(1, "/invitations/");
        clock.advance(Duration.ofDays(7).plusMinutes(1));

        WebSession browser = WebSession.anonymous(port);
        HttpResponse<String> page = browser.get(link);
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("This link has expired");
        browser.get("/password-reset");
        assertThat(browser.post(link, Map.of("username", unique("late").toLowerCase(), "password", PASSWORD))
                .statusCode()).isEqualTo(400);
        assertThat(count("select count(*) from account where email = ?", email)).isZero();
    }

    @Test
    void officersInviteTheDelegatesOfTheirProcessesOnly() {
        Api admin = admin();
        String process = aProcess(admin);
        String state = aState(admin);
        var officer = anOfficer(admin, process, "SECRETARIAT");
        Api.Response byOfficer = officer.api().post("/users/invitations",
                Map.of("email", unique("d") + "@mission.example", "displayName", "A delegate", "participantId", state));
        assertThat(byOfficer.status()).as("%s", byOfficer).isEqualTo(201);
        assertThat(officer.api().get("/users/invitations").json().toString()).contains(byOfficer.json().get("id").asString());
        WebSession officerPages = WebSession.signIn(port, officer.username(), org.plenary.support.Fixtures.PASSWORD);
        assertThat(officerPages.get("/account").body()).contains("href=\"/accounts/invitations\"");
        assertThat(officerPages.get("/accounts/invitations").body()).contains(byOfficer.json().get("email").asString());

        String invited = byOfficer.json().get("email").asString();
        org.awaitility.Awaitility.await("the invitation delivered, its one-time link no longer kept")
                .atMost(Duration.ofMinutes(2)).until(() -> count(
                        "select count(*) from mail_outbox where recipient = ? and status = 'SENT'", invited) == 1);

        String reason = "Only administrators, and officers for the delegates of their processes' participants, may invite";
        assertForbidden(unchanged(() -> officer.api().post("/users/invitations",
                Map.of("email", unique("o") + "@mission.example", "displayName", "An officer"))), reason);
        var delegate = aDelegate(admin, state);
        assertForbidden(unchanged(() -> delegate.api().post("/users/invitations",
                Map.of("email", unique("d") + "@mission.example", "displayName", "A colleague", "participantId", state))),
                reason);
        var nobody = aUser(admin);
        WebSession nobodysPages = WebSession.signIn(port, nobody.username(), org.plenary.support.Fixtures.PASSWORD);
        assertThat(nobodysPages.get("/account").body()).doesNotContain("/accounts/invitations");
        assertThat(nobodysPages.get("/accounts/invitations").statusCode()).isEqualTo(403);
        assertForbidden(unchanged(() -> nobody.api().post("/users/invitations",
                Map.of("email", unique("d") + "@mission.example", "displayName", "A delegate", "participantId", state))),
                reason);
    }

    @Test
    void refusesBadInvitationsWithoutChangingAnything() {
        Api admin = admin();
        assertThat(unchanged(() -> admin.post("/users/invitations", Map.of("email", "not an address",
                "displayName", "X"))).status()).isEqualTo(400);
        assertThat(unchanged(() -> admin.post("/users/invitations", Map.of("email", unique("x") + "@example.org",
                "displayName", "X", "language", "de"))).status()).isEqualTo(400);
        assertThat(unchanged(() -> admin.post("/users/invitations", Map.of("email", "admin@example.org",
                "displayName", "\u0000"))).status()).isEqualTo(400);
    }
}
