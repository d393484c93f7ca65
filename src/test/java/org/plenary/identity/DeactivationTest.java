package org.plenary.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plenary.support.ApiAssertions.assertProblem;
import static org.plenary.support.Fixtures.PASSWORD;
import static org.plenary.support.Fixtures.aUser;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.plenary.PlenaryTest;
import org.plenary.support.Api;
import org.plenary.support.Fixtures.Person;
import org.plenary.support.WebSession;

/** An administrator deactivates an account: its tokens and sessions are refused at once; reactivation lets it back. */
class DeactivationTest extends PlenaryTest {

    @Test
    void aDeactivatedAccountIsRefusedAtOnceEverywhere() {
        Api admin = admin();
        Person person = aUser(admin);
        WebSession browser = WebSession.signIn(port, person.username(), PASSWORD);
        assertThat(browser.get("/account").statusCode()).isEqualTo(200);
        assertThat(person.api().get("/me").status()).isEqualTo(200);

        Api.Response deactivated = admin.post("/users/" + person.id() + "/deactivate", null);
        assertThat(deactivated.status()).as("%s", deactivated).isEqualTo(200);
        assertThat(deactivated.json().get("active").asBoolean()).isFalse();

        assertProblem(person.api().get("/me"), 401);
        HttpResponse<String> page = browser.get("/account");
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location").orElse("")).endsWith("/login");
        assertProblem(api().post("/auth/token", Map.of("username", person.username(), "password", PASSWORD)), 401);
        assertThat(count("select count(*) from audit_entry where action = 'identity.account.deactivated' and object_id = ?",
                person.id())).isEqualTo(1);
        assertProblem(unchanged(() -> admin.post("/users/" + person.id() + "/deactivate", null)), 409);

        assertThat(admin.post("/users/" + person.id() + "/reactivate", null).status()).isEqualTo(200);
        assertThat(api().as(tokenFor(person.username(), PASSWORD)).get("/me").status()).isEqualTo(200);
        assertThat(person.api().get("/me").status()).as("old tokens stay revoked").isEqualTo(401);
        assertProblem(unchanged(() -> admin.post("/users/" + person.id() + "/reactivate", null)), 409);
    }

    @Test
    void anAdministratorCannotDeactivateThemself() {
        Api admin = admin();
        String self = admin.get("/me").json().get("id").asString();
        assertProblem(unchanged(() -> admin.post("/users/" + self + "/deactivate", null)), 409);
        assertProblem(unchanged(() -> admin.post("/users/" + java.util.UUID.randomUUID() + "/deactivate", null)), 404);
    }

    @Test
    void theAccountsPageDeactivatesAndReactivates() {
        Person person = aUser(admin());
        WebSession administrator = WebSession.signIn(port, "admin", ADMIN_PASSWORD);
        assertThat(administrator.get("/admin/accounts").body())
                .contains("/admin/accounts/" + person.id() + "/deactivate");
        assertThat(administrator.post("/admin/accounts/" + person.id() + "/deactivate", Map.of()).statusCode())
                .isEqualTo(302);
        assertThat(administrator.get("/admin/accounts").body())
                .contains("/admin/accounts/" + person.id() + "/reactivate");
        assertThat(person.api().get("/me").status()).isEqualTo(401);
        assertThat(administrator.post("/admin/accounts/" + person.id() + "/reactivate", Map.of()).statusCode())
                .isEqualTo(302);
    }
}
