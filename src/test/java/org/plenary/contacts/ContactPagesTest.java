package org.plenary.contacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plenary.support.Fixtures.aDelegate;
import static org.plenary.support.Fixtures.aState;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.plenary.PlenaryTest;
import org.plenary.support.Api;
import org.plenary.support.Fixtures;
import org.plenary.support.WebSession;

/**
 * A delegation keeps its own addresses on its contacts page: adds the mission's address in French, sees a refusal
 * beside the form with what it typed kept, and removes an address; another delegation is refused.
 */
class ContactPagesTest extends PlenaryTest {

    @Test
    void aDelegateKeepsTheAddressesOfItsOwnDelegation() {
        Api admin = admin();
        String state = aState(admin);
        String page = "/participants/" + state + "/contacts";
        WebSession delegate = WebSession.signIn(port, aDelegate(admin, state).username(), Fixtures.PASSWORD);

        assertThat(delegate.get(page).body()).contains("No address yet");
        HttpResponse<String> added = delegate.post(page, Map.of("email", "mission@example.org",
                "name", "Mission permanente", "role", "MISSION", "language", "fr"));
        assertThat(added.statusCode()).isEqualTo(302);
        String listed = delegate.get(page).body();
        assertThat(listed).contains("The address mission@example.org has been added.").contains("mission@example.org")
                .contains("Mission permanente").contains("Permanent mission").contains("French");

        HttpResponse<String> refused = delegate.post(page, Map.of("email", "not an address",
                "name", "Focal point typed by hand", "role", "FOCAL_POINT", "language", "es"));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("A valid e-mail address is required")
                .contains("value=\"not an address\"").contains("value=\"Focal point typed by hand\"");
        assertThat(count("select count(*) from contact where participant = ?::uuid", state)).isEqualTo(1);

        String contact = jdbc.sql("select id::text from contact where participant = ?::uuid").param(state)
                .query(String.class).single();
        delegate.get(page);
        assertThat(delegate.post(page + "/" + contact + "/remove", Map.of()).statusCode()).isEqualTo(302);
        assertThat(count("select count(*) from contact where participant = ?::uuid", state)).isZero();

        WebSession other = WebSession.signIn(port, aDelegate(admin, aState(admin)).username(), Fixtures.PASSWORD);
        assertThat(other.get(page).statusCode()).isEqualTo(403);
    }
}
