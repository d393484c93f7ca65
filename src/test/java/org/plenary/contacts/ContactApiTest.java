package org.plenary.contacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plenary.support.ApiAssertions.assertCreated;
import static org.plenary.support.ApiAssertions.assertForbidden;
import static org.plenary.support.ApiAssertions.assertInvalid;
import static org.plenary.support.ApiAssertions.assertProblem;
import static org.plenary.support.Fixtures.aDelegate;
import static org.plenary.support.Fixtures.aProcess;
import static org.plenary.support.Fixtures.aState;
import static org.plenary.support.Fixtures.aUser;
import static org.plenary.support.Fixtures.anOfficer;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plenary.PlenaryTest;
import org.plenary.support.Api;
import org.plenary.support.Fixtures.Person;
import tools.jackson.databind.JsonNode;

/**
 * The official addresses of a State, kept by administrators, by officers of any process and by the State's own
 * delegates; a second copy of an address is a conflict, bad input is refused with the field, and every change is
 * audited.
 */
class ContactApiTest extends PlenaryTest {

    private Api admin;
    private String state;
    private String contacts;

    @BeforeEach
    void aStateWithoutContacts() {
        admin = admin();
        state = aState(admin);
        contacts = "/participants/" + state + "/contacts";
    }

    private static Map<String, Object> mission(String email) {
        return new HashMap<>(Map.of("email", email, "name", "Permanent Mission", "role", "MISSION", "language", "fr"));
    }

    @Test
    void anOfficerAddsTheMissionAndTheDelegateSeesAndRemovesIt() {
        Person officer = anOfficer(admin, aProcess(admin), "SECRETARIAT");
        JsonNode added = assertCreated(officer.api().post(contacts, mission("Mission.Geneva@example.org")), contacts);
        assertThat(added.get("email").asString()).isEqualTo("Mission.Geneva@example.org");
        assertThat(added.get("role").asString()).isEqualTo("MISSION");
        assertThat(added.get("language").asString()).isEqualTo("fr");
        assertThat(added.get("participantId").asString()).isEqualTo(state);
        assertThat(count("select count(*) from audit_entry where action = 'contacts.contact.added' and object_id = ?",
                added.get("id").asString())).isEqualTo(1);

        assertProblem(unchanged(() -> officer.api().post(contacts, mission("mission.geneva@EXAMPLE.org"))), 409);

        Person delegate = aDelegate(admin, state);
        JsonNode listed = delegate.api().get(contacts).json();
        assertThat(listed.size()).isEqualTo(1);
        assertThat(listed.get(0).get("name").asString()).isEqualTo("Permanent Mission");
        assertThat(delegate.api().delete(contacts + "/" + added.get("id").asString()).status()).isEqualTo(204);
        assertThat(admin.get(contacts).json().size()).isZero();
        assertThat(count("select count(*) from audit_entry where action = 'contacts.contact.removed' and object_id = ?",
                added.get("id").asString())).isEqualTo(1);
    }

    @Test
    void theLanguageIsEnglishUnlessGiven() {
        Map<String, Object> body = Map.of("email", "focal.point@example.org", "role", "FOCAL_POINT");
        JsonNode added = assertCreated(admin.post(contacts, body), contacts);
        assertThat(added.get("language").asString()).isEqualTo("en");
        assertThat(added.get("name").isNull()).isTrue();
    }

    @Test
    void othersAreRefusedWithTheReasonAndNothingChanges() {
        String contact = admin.post(contacts, mission("mission@example.org")).json().get("id").asString();
        Person otherDelegate = aDelegate(admin, aState(admin));
        for (Api refused : java.util.List.of(otherDelegate.api(), aUser(admin).api())) {
            assertForbidden(unchanged(() -> refused.post(contacts, mission("other@example.org"))), ContactPolicy.KEEP);
            assertForbidden(refused.get(contacts), ContactPolicy.KEEP);
            assertForbidden(unchanged(() -> refused.delete(contacts + "/" + contact)), ContactPolicy.KEEP);
        }
        assertProblem(unchanged(() -> api().post(contacts, mission("anonymous@example.org"))), 401);
        assertProblem(api().get(contacts), 401);
    }

    @Test
    void badInputIsRefusedWithTheFieldAndNothingIsWritten() {
        assertInvalid(unchanged(() -> admin.post(contacts, mission("not an address"))), "email");
        assertInvalid(unchanged(() -> admin.post(contacts, mission("a\u0000b@example.org"))), "email");
        Map<String, Object> language = mission("lang@example.org");
        language.put("language", "de");
        assertInvalid(unchanged(() -> admin.post(contacts, language)), "language");
        Map<String, Object> name = mission("name@example.org");
        name.put("name", "Line one\nline two");
        assertInvalid(unchanged(() -> admin.post(contacts, name)), "name");
        Map<String, Object> role = mission("role@example.org");
        role.remove("role");
        assertInvalid(unchanged(() -> admin.post(contacts, role)), "role");
        assertProblem(unchanged(() -> admin.post("/participants/" + java.util.UUID.randomUUID() + "/contacts",
                mission("nobody@example.org"))), 404);
        assertProblem(unchanged(() -> admin.delete(contacts + "/" + java.util.UUID.randomUUID())), 404);
        assertProblem(unchanged(() -> admin.delete(contacts + "/not-an-id")), 404);
    }
}
