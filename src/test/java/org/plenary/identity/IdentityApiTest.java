package org.plenary.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plenary.support.ApiAssertions.assertCreated;
import static org.plenary.support.ApiAssertions.assertInvalid;
import static org.plenary.support.ApiAssertions.assertProblem;
import static org.plenary.support.Fixtures.PASSWORD;
import static org.plenary.support.Fixtures.aDelegate;
import static org.plenary.support.Fixtures.aState;
import static org.plenary.support.Fixtures.aUser;
import static org.plenary.support.Fixtures.newUser;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plenary.PlenaryTest;
import org.plenary.support.Api;
import org.plenary.support.Fixtures.Person;
import tools.jackson.databind.JsonNode;

/** Accounts and who may see them, over HTTP. */
class IdentityApiTest extends PlenaryTest {

    private Api admin;

    @BeforeEach
    void signInAsAdministrator() {
        admin = admin();
    }

    @Test
    void createsADelegateOfAState() {
        String state = aState(admin);
        String username = unique("che").toLowerCase();
        Map<String, Object> body = new HashMap<>(newUser(username));
        body.put("participantId", state);

        JsonNode account = assertCreated(admin.post("/users", body), "/users");

        assertThat(account.path("username").asString()).isEqualTo(username);
        assertThat(account.path("displayName").asString()).isEqualTo("Delegate " + username);
        assertThat(account.path("email").asString()).isEqualTo(username + "@mission.example");
        assertThat(account.path("participantId").asString()).isEqualTo(state);
        assertThat(account.path("admin").asBoolean()).isFalse();
        assertThat(account.has("password")).isFalse();
        assertThat(account.has("passwordHash")).isFalse();
    }

    @Test
    void createsAnotherAdministrator() {
        Map<String, Object> body = new HashMap<>(newUser(unique("isu").toLowerCase()));
        body.put("admin", true);

        JsonNode account = assertCreated(admin.post("/users", body), "/users");

        assertThat(account.path("admin").asBoolean()).isTrue();
        assertThat(account.path("participantId").isNull()).isTrue();
    }

    @Test
    void storesUsernamesInLowerCaseAndRefusesTheSameNameTwice() {
        String username = unique("Pres").toLowerCase();
        admin.post("/users", newUser(username));

        assertProblem(unchanged(() -> admin.post("/users", newUser(username.toUpperCase()))), 409);
    }

    @Test
    void refusesInvalidAccounts() {
        String good = unique("user").toLowerCase();
        assertInvalid(unchanged(() -> admin.post("/users", with(newUser("a b"), Map.of()))), "username");
        assertInvalid(unchanged(() -> admin.post("/users", with(newUser(good), Map.of("password", "short")))),
                "password");
        assertInvalid(unchanged(() -> admin.post("/users", with(newUser(good), Map.of("password", "eleven-char")))),
                "password");
        assertInvalid(unchanged(() -> admin.post("/users", with(newUser(good), Map.of("password", "PasswordPassword")))),
                "password");
        assertInvalid(unchanged(() -> admin.post("/users", with(newUser(good), Map.of("email", "no-at-sign")))),
                "email");
        assertInvalid(unchanged(() -> admin.post("/users", with(newUser(good), Map.of("displayName", " ")))),
                "displayName");
        assertInvalid(unchanged(() -> admin.post("/users", with(newUser(good), Map.of("displayName", "A\u0000B")))),
                "displayName");
        assertInvalid(unchanged(() -> admin.post("/users", with(newUser(good), Map.of("email", "a\u0000@b.org")))),
                "email");
        assertInvalid(unchanged(() -> admin.post("/users",
                with(newUser(good), Map.of("participantId", UUID.randomUUID().toString())))), "participantId");
        assertInvalid(unchanged(() -> admin.post("/users", with(newUser(good), Map.of("participantId", "x")))),
                "participantId");
        String state = aState(admin);
        assertInvalid(unchanged(() -> admin.post("/users",
                with(newUser(good), Map.of("participantId", state, "admin", true)))), "admin");
    }

    @Test
    void listsAndShowsAccountsToAnAdministrator() {
        Person delegate = aDelegate(admin, aState(admin));

        assertThat(admin.get("/users").json().valueStream().map(u -> u.path("id").asString())).contains(delegate.id());
        assertThat(admin.get("/users/" + delegate.id()).json().path("username").asString())
                .isEqualTo(delegate.username());
        assertProblem(admin.get("/users/" + UUID.randomUUID()), 404);
        assertProblem(admin.get("/users/not-an-id"), 404);
    }

    @Test
    void showsAnAccountToItselfButNotToOthers() {
        Person one = aUser(admin);
        Person other = aUser(admin);

        assertThat(one.api().get("/users/" + one.id()).json().path("id").asString()).isEqualTo(one.id());
        assertProblem(one.api().get("/users/" + other.id()), 404);
    }

    @Test
    void tellsTheSignedInAccountWhoItIs() {
        String state = aState(admin);
        Person delegate = aDelegate(admin, state);

        JsonNode me = delegate.api().get("/auth/me").json();

        assertThat(me.path("id").asString()).isEqualTo(delegate.id());
        assertThat(me.path("username").asString()).isEqualTo(delegate.username());
        assertThat(me.path("participantId").asString()).isEqualTo(state);
        assertThat(me.path("admin").asBoolean()).isFalse();
    }

    @Test
    void storesPasswordsOnlyAsSaltedHashes() {
        Person one = aUser(admin);
        Person two = aUser(admin);
        String hashOne = passwordHash(one);

        assertThat(hashOne).startsWith("{bcrypt}").doesNotContain(PASSWORD);
        assertThat(hashOne).isNotEqualTo(passwordHash(two));
        assertThat(count("select count(*) from account where password_hash like ?", "%" + PASSWORD + "%")).isZero();
    }

    private String passwordHash(Person person) {
        return jdbc.sql("select password_hash from account where username = ?").param(person.username())
                .query(String.class).single();
    }

    private static Map<String, Object> with(Map<String, Object> body, Map<String, Object> changes) {
        Map<String, Object> changed = new HashMap<>(body);
        changed.putAll(changes);
        return changed;
    }
}
