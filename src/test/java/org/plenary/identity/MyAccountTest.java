package org.plenary.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plenary.support.ApiAssertions.assertProblem;
import static org.plenary.support.Fixtures.PASSWORD;
import static org.plenary.support.Fixtures.aUser;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.plenary.PlenaryTest;
import org.plenary.support.Api;
import org.plenary.support.Fixtures.Person;
import org.plenary.support.WebSession;
import tools.jackson.databind.JsonNode;

/** A person's own account: display name, password, API tokens and web sessions, each of which they may end. */
class MyAccountTest extends PlenaryTest {

    @Test
    void aPersonSeesAndRevokesTheirOwnTokensOnly() {
        Person person = aUser(admin());
        Api second = api().as(tokenFor(person.username(), PASSWORD));
        JsonNode tokens = person.api().get("/me/tokens").json();
        assertThat(tokens.size()).isEqualTo(2);
        assertThat(tokens.toString()).doesNotContain("pln_").doesNotContain("hash");
        String id = tokens.get(0).get("id").asString(); // the latest: that of the second sign-in

        Person other = aUser(admin());
        assertProblem(unchanged(() -> other.api().delete("/me/tokens/" + id)), 404);
        assertProblem(unchanged(() -> other.api().delete("/me/tokens/not-an-id")), 400);
        assertThat(person.api().delete("/me/tokens/" + id).status()).isEqualTo(204);
        assertProblem(second.get("/me"), 401);
        assertThat(person.api().get("/me/tokens").json().size()).isEqualTo(1);
        assertProblem(unchanged(() -> person.api().delete("/me/tokens/" + id)), 404);
        assertThat(count("select count(*) from audit_entry where action = 'identity.token.revoked' and object_id = ?", id))
                .isEqualTo(1);
    }

    @Test
    void changingThePasswordNeedsTheCurrentOneAndEndsEveryOtherSession() {
        Person person = aUser(admin());
        WebSession other = WebSession.signIn(port, person.username(), PASSWORD);
        assertThat(other.get("/account").statusCode()).isEqualTo(200);
        WebSession here = WebSession.signIn(port, person.username(), PASSWORD);
        HttpResponse<String> page = here.get("/account");
        assertThat(page.body()).contains("This session");
        assertThat(person.api().get("/me/sessions").json().size()).isEqualTo(2);

        assertThat(here.post("/account/password", Map.of("currentPassword", "wrong password",
                "newPassword", "another good password")).statusCode()).isEqualTo(400);
        assertProblem(unchanged(() -> person.api().put("/me/password", Map.of("currentPassword", PASSWORD,
                "newPassword", "short"))), 400);
        here.get("/account");
        assertThat(here.post("/account/password", Map.of("currentPassword", PASSWORD,
                "newPassword", "another good password")).statusCode()).isEqualTo(302);

        assertThat(here.get("/account").statusCode()).as("the session that changed it goes on").isEqualTo(200);
        assertThat(other.get("/account").statusCode()).as("the other session ends").isEqualTo(302);
        assertThat(person.api().get("/me").status()).as("tokens are revoked").isEqualTo(401);
        assertThat(api().as(tokenFor(person.username(), "another good password")).get("/me").status()).isEqualTo(200);
    }

    @Test
    void aPersonEndsAnotherOfTheirSessionsAndRenamesThemself() {
        Person person = aUser(admin());
        WebSession laptop = WebSession.signIn(port, person.username(), PASSWORD);
        laptop.get("/account");
        WebSession phone = WebSession.signIn(port, person.username(), PASSWORD);
        phone.get("/account");
        JsonNode sessions = person.api().get("/me/sessions").json();
        assertThat(sessions.size()).isEqualTo(2);
        String first = sessions.get(1).get("id").asString();
        Api stranger = aUser(admin()).api();
        assertProblem(unchanged(() -> stranger.delete("/me/sessions/" + first)), 404);
        assertThat(person.api().delete("/me/sessions/" + first).status()).isEqualTo(204);
        assertThat(laptop.get("/account").statusCode()).isEqualTo(302);
        assertThat(phone.get("/account").statusCode()).isEqualTo(200);

        Api.Response renamed = person.api().put("/me", Map.of("displayName", "Ambassador Ana López"));
        assertThat(renamed.json().get("displayName").asString()).isEqualTo("Ambassador Ana López");
        assertProblem(unchanged(() -> person.api().put("/me", Map.of("displayName", " "))), 400);
        assertThat(person.api().get("/users/" + person.id()).json().get("displayName").asString())
                .isEqualTo("Ambassador Ana López");
        assertThat(person.api().get("/me/sessions/" + UUID.randomUUID()).status()).isIn(404, 405);
    }
}
