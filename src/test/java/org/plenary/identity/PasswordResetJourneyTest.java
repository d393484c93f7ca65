package org.plenary.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plenary.support.Fixtures.PASSWORD;
import static org.plenary.support.Fixtures.aUser;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.plenary.PlenaryTest;
import org.plenary.support.Api;
import org.plenary.support.Fixtures.Person;
import org.plenary.support.Mailbox;
import org.plenary.support.WebSession;

/** A forgotten password: the same answer for every address, a one-time link by e-mail, everything else signed out. */
class PasswordResetJourneyTest extends PlenaryTest {

    private static final String NEW_PASSWORD = "a brand new password";

    @Test
    void anUnknownAddressGetsTheSameAnswerAndNoEmail() {
        String nobody = unique("nobody") + "@nowhere.example";
        Api.Response answer = api().post("/auth/password-reset", Map.of("email", nobody));
        assertThat(answer.status()).isEqualTo(202);
        assertThat(answer.text()).isEmpty();
        // A known address, asked after the unknown one, gets its e-mail: once it has, the unknown one would have too.
        Person known = aUser(admin());
        assertThat(api().post("/auth/password-reset", Map.of("email", known.username() + "@mission.example")).status())
                .isEqualTo(202);
        new Mailbox(MAIL, known.username() + "@mission.example").linkIn(1, "/password-reset/");
        assertThat(new Mailbox(MAIL, nobody).messages()).isEmpty();
        assertThat(count("select count(*) from account_link where email = ?", nobody)).isZero();
    }

    @Test
    void theLinkSetsANewPasswordOnceAndEndsEverySessionAndToken() {
        Person person = aUser(admin());
        String email = person.username() + "@mission.example";
        WebSession signedIn = WebSession.signIn(port, person.username(), PASSWORD);
        assertThat(signedIn.get("/account").statusCode()).isEqualTo(200);

        assertThat(api().post("/auth/password-reset", Map.of("email", email.toUpperCase())).status()).isEqualTo(202);
        Mailbox mailbox = new Mailbox(MAIL, email);
        String link = mailbox.linkIn(1, "/password-reset/");
        assertThat(mailbox.subject(1)).isEqualTo("Reset your Plenary password");
        assertThat(person.api().get("/me").status()).as("asking for a link changes nothing yet").isEqualTo(200);

        WebSession browser = WebSession.anonymous(port);
        assertThat(browser.get(link).statusCode()).isEqualTo(200);
        assertThat(browser.post(link, Map.of("password", "short")).statusCode()).isEqualTo(400);
        HttpResponse<String> reset = browser.post(link, Map.of("password", NEW_PASSWORD));
        assertThat(reset.statusCode()).as(reset.body()).isEqualTo(302);

        assertThat(person.api().get("/me").status()).as("the old token").isEqualTo(401);
        HttpResponse<String> oldSession = signedIn.get("/account");
        assertThat(oldSession.statusCode()).as("the old web session").isEqualTo(302);
        assertThat(oldSession.headers().firstValue("Location").orElse("")).endsWith("/login");
        assertThat(api().post("/auth/token", Map.of("username", person.username(), "password", PASSWORD)).status())
                .isEqualTo(401);
        assertThat(api().as(tokenFor(person.username(), NEW_PASSWORD)).get("/me").status()).isEqualTo(200);
        assertThat(count("select count(*) from audit_entry where action = 'identity.password.reset' and object_id = ?",
                person.id())).isEqualTo(1);

        WebSession again = WebSession.anonymous(port);
        HttpResponse<String> used = again.get(link);
        assertThat(used.statusCode()).isEqualTo(400);
        assertThat(used.body()).contains("This link has already been used");
    }

    @Test
    void theSignInPageLeadsToTheResetForm() {
        WebSession browser = WebSession.anonymous(port);
        assertThat(browser.get("/login").body()).contains("href=\"/password-reset\"");
        HttpResponse<String> form = browser.get("/password-reset");
        assertThat(form.statusCode()).isEqualTo(200);
        HttpResponse<String> sent = browser.post("/password-reset", Map.of("email", unique("x") + "@nowhere.example"));
        assertThat(sent.statusCode()).isEqualTo(200);
        assertThat(sent.body()).contains("If an account has this address");
    }
}
