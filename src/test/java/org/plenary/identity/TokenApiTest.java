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
import org.plenary.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.plenary.support.Api;
import org.plenary.support.Fixtures.Person;
import tools.jackson.databind.JsonNode;

/** API tokens: issued for the right password only, stored hashed, expiring, revocable; sign-in slowed down, never locked. */
class TokenApiTest extends PlenaryTest {

    @Autowired
    private TestClock clock;

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
    void slowsRepeatedWrongPasswordsWith429AndGrowingDelaysWithoutLockingTheOwner() {
        Person user = aUser(admin);
        Api attacker = fromAddress();
        for (int attempt = 1; attempt <= 5; attempt++) {
            Map<String, String> guess = Map.of("username", user.username(), "password", "guess-" + attempt);
            assertProblem(unchanged(() -> attacker.post("/auth/token", guess)), 401);
        }

        Api.Response slowed = attacker.post("/auth/token", Map.of("username", user.username(), "password", PASSWORD));

        assertProblem(slowed, 429);
        assertThat(slowed.json().path("detail").asString()).startsWith("Too many failed sign-ins");
        assertThat(Long.parseLong(slowed.header("Retry-After"))).isEqualTo(1);
        assertThat(user.api().get("/auth/me").status()).as("the owner's token still works").isEqualTo(200);
        assertThat(api().post("/auth/token", Map.of("username", user.username(), "password", PASSWORD)).status())
                .as("the owner signs in from the address where the account signed in before").isEqualTo(200);
        assertProblem(fromAddress().post("/auth/token", Map.of("username", user.username(), "password", PASSWORD)), 429);
        assertThat(count("select count(*) from audit_entry where object_id = ? and action like 'identity.account%'",
                user.id())).as("only the creation is recorded").isOne();

        clock.advance(Duration.ofSeconds(1));
        try {
            assertProblem(attacker.post("/auth/token", Map.of("username", user.username(), "password", "guess-6")), 401);
            Api.Response longer = attacker.post("/auth/token", Map.of("username", user.username(), "password", "guess-7"));
            assertProblem(longer, 429);
            assertThat(Long.parseLong(longer.header("Retry-After"))).isEqualTo(2);

            clock.advance(Duration.ofMinutes(1));
            assertThat(fromAddress().post("/auth/token", Map.of("username", user.username(), "password", PASSWORD))
                    .status()).as("never longer than the account's maximum delay").isEqualTo(200);
        } finally {
            clock.reset();
        }
    }

    @Test
    void slowsAnUnknownUsernameExactlyLikeAKnownOne() {
        Person user = aUser(admin);
        String unknown = unique("nobody");
        Api attacker = fromAddress();
        for (int attempt = 1; attempt <= 5; attempt++) {
            attacker.post("/auth/token", Map.of("username", user.username(), "password", "guess-" + attempt));
            attacker.post("/auth/token", Map.of("username", unknown, "password", "guess-" + attempt));
        }

        JsonNode known = assertProblem(attacker.post("/auth/token", Map.of("username", user.username(), "password", "x")), 429);
        JsonNode notKnown = assertProblem(attacker.post("/auth/token", Map.of("username", unknown, "password", "x")), 429);

        assertThat(notKnown.path("detail").asString()).isEqualTo(known.path("detail").asString());
    }

    @Test
    void aSuccessfulSignInForgetsTheFailuresOfTheAccount() {
        Person user = aUser(admin);
        Api client = fromAddress();
        for (int attempt = 1; attempt <= 4; attempt++) {
            client.post("/auth/token", Map.of("username", user.username(), "password", "guess-" + attempt));
        }
        signIn(client, user.username(), PASSWORD);
        for (int attempt = 1; attempt <= 4; attempt++) {
            fromAddress().post("/auth/token", Map.of("username", user.username(), "password", "guess-" + attempt));
        }

        assertThat(fromAddress().post("/auth/token", Map.of("username", user.username(), "password", PASSWORD))
                .status()).isEqualTo(200);
    }

    /** An address of the documentation range, different at each call. */
    static String aClientAddress() {
        String random = UUID.randomUUID().toString().replace("-", "");
        return "2001:db8:" + random.substring(0, 4) + ":" + random.substring(4, 8) + "::" + random.substring(8, 12);
    }

    /** A client at an address of its own, as a TLS proxy on this machine would announce it. */
    private Api fromAddress() {
        return api().withHeader("X-Forwarded-For", aClientAddress());
    }
}
