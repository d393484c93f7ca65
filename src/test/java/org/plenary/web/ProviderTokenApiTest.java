package org.plenary.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plenary.support.ApiAssertions.assertProblem;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.plenary.support.Api;
import org.plenary.support.OpenIdCodeFlow;
import org.plenary.support.OpenIdProvider;
import tools.jackson.databind.JsonNode;

/**
 * API clients present the provider's own access tokens (JWTs, from the authorisation code flow with PKCE) as
 * bearer tokens: accepted as the account linked to the person, refused with 401 for a person linked to no
 * account, a token the provider did not sign or one it issued to another application; Plenary's own tokens
 * keep working beside them.
 */
class ProviderTokenApiTest extends ProviderJourney {

    @Test
    void theProvidersAccessTokenActsAsTheLinkedAccount() throws Exception {
        String username = account("Token Officer", null);
        OpenIdProvider.Person person = PROVIDER.addPerson(username + "@example.org", true, "Token Officer");
        signInWithProvider(page, person);

        String accessToken = new OpenIdCodeFlow(PROVIDER).tokens(person).get("access_token").asString();
        assertThat(accessToken).doesNotStartWith("pln_").matches("[\\w-]+\\.[\\w-]+\\.[\\w-]+");

        Api.Response me = api().as(accessToken).get("/auth/me");
        assertThat(me.status()).as(me.toString()).isEqualTo(200);
        assertThat(me.json().get("username").asString()).isEqualTo(username);
        Api.Response refused = api().as(accessToken).post("/participants", Map.of("name", unique("State"),
                "kind", "STATE"));
        assertThat(refused.status()).as("an officer's token does not make an administrator").isEqualTo(403);
        assertThat(admin().get("/auth/me").json().get("username").asString()).isEqualTo("admin");
    }

    @Test
    void aPersonLinkedToNoAccountIsRefused() throws Exception {
        OpenIdProvider.Person person = PROVIDER.addPerson(unique("nobody") + "@corp.example", true, "Nobody Here");
        JsonNode tokens = new OpenIdCodeFlow(PROVIDER).tokens(person);

        JsonNode problem = assertProblem(unchanged(() -> api().as(tokens.get("access_token").asString())
                .get("/auth/me")), 401);
        assertThat(problem.get("detail").asString()).contains("no Plenary account is linked");
        assertProblem(unchanged(() -> api().as(tokens.get("access_token").asString())
                .post("/participants", Map.of("name", unique("State"), "kind", "STATE"))), 401);
    }

    @Test
    void aTokenNotSignedByTheProviderOrForAnotherApplicationIsRefused() throws Exception {
        String username = account("Forger Target", null);
        OpenIdProvider.Person person = PROVIDER.addPerson(username + "@example.org", true, "Forger Target");
        signInWithProvider(page, person);
        JsonNode tokens = new OpenIdCodeFlow(PROVIDER).tokens(person);
        String token = tokens.get("access_token").asString();
        String[] parts = token.split("\\.");
        String forged = parts[0] + "." + parts[1] + "." + new StringBuilder(parts[2]).reverse();

        assertProblem(api().as(forged).get("/auth/me"), 401);
        assertProblem(api().as("not-a-token").get("/auth/me"), 401);
        assertProblem(api().as("pln_unknown").get("/auth/me"), 401);
        String forAnother = new OpenIdCodeFlow(PROVIDER, OpenIdProvider.OTHER_CLIENT_ID,
                OpenIdProvider.OTHER_CLIENT_SECRET).tokens(person).get("access_token").asString();
        assertProblem(api().as(forAnother).get("/auth/me"), 401);
        assertThat(api().as(token).get("/auth/me").status()).isEqualTo(200);
    }
}
