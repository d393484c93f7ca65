package org.plenary.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plenary.support.ApiAssertions.assertProblem;
import static org.plenary.support.Fixtures.PASSWORD;
import static org.plenary.support.Fixtures.aUser;
import static org.plenary.support.Fixtures.signIn;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plenary.PlenaryTest;
import org.plenary.support.Api;
import org.plenary.support.Fixtures.Person;
import tools.jackson.databind.JsonNode;

/** API tokens: issued for the right password only, stored hashed, expiring, revocable; sign-in throttled. */
class TokenApiTest extends PlenaryTest {

    private Api admin;

    @BeforeEach
    void signInAsAdministrator() {
        admin = admin();
    }

    @Test
    void issuesATokenThatExpires() {
        Person user = aUser(admin);

        Api.Response response = api().post("/auth/token", Map.of("username", user.username(), "password", PASSWORD));

        assertThat(response.status()).isEqualTo(200);
        JsonNode issued = response.json();
        assertThat(issued.path("token").asString()).isNotBlank();
        Instant expiresAt = Instant.parse(issued.path("expiresAt").asString());
        assertThat(expiresAt).isBetween(Instant.now().plus(Duration.ofHours(11)), Instant.now().plus(Duration.ofHours(13)));
        assertThat(api().as(issued.path("token").asString()).get("/auth/me").json().path("id").asString())
                .isEqualTo(user.id());
    }

    @Test
    void answersTheSame401ForAWrongPasswordAndAnUnknownUser() {
        Person user = aUser(admin);

        JsonNode wrongPassword = assertProblem(
                api().post("/auth/token", Map.of("username", user.username(), "password", "wrong-password")), 401);
        JsonNode unknownUser = assertProblem(
                api().post("/auth/token", Map.of("username", unique("nobody"), "password", PASSWORD)), 401);

        assertThat(wrongPassword.path("detail").asString()).isEqualTo(unknownUser.path("detail").asString());
        assertProblem(api().post("/auth/token", Map.of()), 401);
    }

    @Test
    void storesTokensOnlyAsHashes() throws Exception {
        Person user = aUser(admin);
        String token = signIn(api(), user.username(), PASSWORD);
        String hash = HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));

        assertThat(count("select count(*) from api_token where token_hash = ?", token)).isZero();
        assertThat(count("select count(*) from api_token where token_hash = ?", hash)).isOne();
    }

    @Test
    void refusesAnExpiredToken() {
        Person user = aUser(admin);
        assertThat(user.api().get("/auth/me").status()).isEqualTo(200);

        jdbc.sql("""
                update api_token set issued_at = now() - interval '2 days', expires_at = now() - interval '1 second'
                 where account = ?::uuid
                """).param(user.id()).update();

        assertProblem(user.api().get("/auth/me"), 401);
    }

    @Test
    void refusesAnUnknownOrMalformedToken() {
        assertProblem(api().as("pln_" + UUID.randomUUID()).get("/auth/me"), 401);
        assertProblem(api().as("garbage").get("/participants"), 401);
        assertProblem(api().get("/auth/me"), 401);
    }

    @Test
    void revokesTheTokenOfTheCallOnly() {
        Person user = aUser(admin);
        Api second = api().as(signIn(api(), user.username(), PASSWORD));

        Api.Response response = user.api().delete("/auth/token");

        assertThat(response.status()).isEqualTo(204);
        assertProblem(user.api().get("/auth/me"), 401);
        assertThat(second.get("/auth/me").status()).isEqualTo(200);
    }

    @Test
    void letsAnAdministratorRevokeEveryTokenOfAnAccount() {
        Person user = aUser(admin);
        Api second = api().as(signIn(api(), user.username(), PASSWORD));

        assertThat(admin.delete("/users/" + user.id() + "/tokens").status()).isEqualTo(204);

        assertProblem(user.api().get("/auth/me"), 401);
        assertProblem(second.get("/auth/me"), 401);
        assertThat(count("select count(*) from api_token where account = ?::uuid and revoked_at is null", user.id()))
                .isZero();
        assertProblem(admin.delete("/users/" + UUID.randomUUID() + "/tokens"), 404);
        assertProblem(admin.delete("/users/not-an-id/tokens"), 404);
    }

    @Test
    void locksAnAccountAfterFiveWrongPasswordsEvenAgainstTheRightOne() {
        Person user = aUser(admin);
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertProblem(api().post("/auth/token", Map.of("username", user.username(), "password", "guess-" + attempt)),
                    401);
        }

        JsonNode locked = assertProblem(
                api().post("/auth/token", Map.of("username", user.username(), "password", PASSWORD)), 401);

        assertThat(locked.path("detail").asString()).contains("locked");
        assertProblem(user.api().get("/auth/me"), 401);
        assertThat(count("select count(*) from audit_entry where action = 'identity.account.locked' and object_id = ?",
                user.id())).isOne();

        jdbc.sql("update account set locked_until = now() - interval '1 second' where id = ?::uuid").param(user.id())
                .update();
        assertThat(api().post("/auth/token", Map.of("username", user.username(), "password", PASSWORD)).status())
                .isEqualTo(200);
    }

    @Test
    void aSuccessfulSignInResetsTheCountOfFailures() {
        Person user = aUser(admin);
        for (int attempt = 1; attempt <= 4; attempt++) {
            api().post("/auth/token", Map.of("username", user.username(), "password", "guess-" + attempt));
        }
        signIn(api(), user.username(), PASSWORD);
        for (int attempt = 1; attempt <= 4; attempt++) {
            api().post("/auth/token", Map.of("username", user.username(), "password", "guess-" + attempt));
        }

        assertThat(api().post("/auth/token", Map.of("username", user.username(), "password", PASSWORD)).status())
                .isEqualTo(200);
    }
}
