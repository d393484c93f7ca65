package org.plenary.correspondence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.plenary.PlenaryTest;
import org.plenary.support.Api;
import org.plenary.support.Fixtures;
import org.plenary.support.Fixtures.Person;
import org.plenary.support.WebSession;

/** {@code PUT} and {@code DELETE /processes/{pid}/letters/{lid}}: a draft can be edited and deleted until sent. */
class DraftLetterApiTest extends PlenaryTest {

    @Test
    void aDraftIsEditedAndDeletedByTheOfficersUntilItIsSent() {
        Api admin = admin();
        String treaty = Fixtures.aTreaty(admin);
        String process = Fixtures.aProcess(admin, treaty);
        Person presidency = Fixtures.anOfficer(admin, process, "PRESIDENCY");
        Person secretariat = Fixtures.anOfficer(admin, process, "SECRETARIAT");
        String state = Fixtures.aState(admin);
        Fixtures.recordStatus(admin, treaty, state, "STATE_PARTY", "2010-01-01");
        Person delegate = Fixtures.aDelegate(admin, state);
        String letters = "/processes/" + process + "/letters";
        String draft = drafted(secretariat.api(), letters, letter("Convening of the meeting"));

        Map<String, Object> changed = letter("Convening of the Second Preparatory Meeting");
        unchanged(() -> assertStatus(delegate.api().put(letters + "/" + draft, changed), 403));
        Map<String, Object> blank = new HashMap<>(changed);
        blank.put("subject", " ");
        unchanged(() -> assertStatus(secretariat.api().put(letters + "/" + draft, blank), 400));
        Api.Response edited = secretariat.api().put(letters + "/" + draft, changed);
        assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
        assertThat(secretariat.api().get(letters + "/" + draft).json().get("subject").asString())
                .isEqualTo("Convening of the Second Preparatory Meeting");
        assertThat(count("select count(*) from audit_entry where action = 'correspondence.letter.edited' "
                + "and object_id = ?", draft)).isEqualTo(1);

        Map<String, Object> referring = new HashMap<>(letter("Corrigendum"));
        referring.put("refersTo", List.of(draft));
        String corrigendum = drafted(secretariat.api(), letters, referring);
        unchanged(() -> assertStatus(secretariat.api().delete(letters + "/" + draft), 409));
        assertThat(secretariat.api().delete(letters + "/" + corrigendum).status()).isEqualTo(204);
        assertThat(secretariat.api().get(letters + "/" + corrigendum).status()).isEqualTo(404);
        assertThat(count("select count(*) from audit_entry where action = 'correspondence.letter.deleted' "
                + "and object_id = ?", corrigendum)).isEqualTo(1);

        String code = admin.get("/processes/" + process).json().get("code").asString();
        String page = "/processes/" + code + "/letters/" + draft;
        WebSession officer = WebSession.signIn(port, secretariat.username(), Fixtures.PASSWORD);
        assertThat(officer.get(page + "/edit").body()).contains("value=\"Convening of the Second Preparatory Meeting\"");
        Map<String, Object> form = new HashMap<>(Map.of("reference", "BFX/2026/7", "date", "2026-06-05",
                "place", "Geneva", "subject", "Convening of the Second Preparatory Meeting (revised)",
                "body", "Excellency, …", "addressees", "STATES_PARTIES"));
        assertThat(officer.post(page + "/edit", form).statusCode()).isEqualTo(302);
        assertThat(secretariat.api().get(letters + "/" + draft).json().get("subject").asString())
                .isEqualTo("Convening of the Second Preparatory Meeting (revised)");

        assertThat(presidency.api().post(letters + "/" + draft + "/send", null).status()).isEqualTo(200);
        assertThat(officer.get(page + "/edit").statusCode()).isEqualTo(409);
        unchanged(() -> assertStatus(secretariat.api().put(letters + "/" + draft, letter("Too late")), 409));
        unchanged(() -> assertStatus(secretariat.api().delete(letters + "/" + draft), 409));
    }

    @Test
    void aChangeToADraftThatChangedMeanwhileIsRefused() {
        Api admin = admin();
        String process = Fixtures.aProcess(admin, Fixtures.aTreaty(admin));
        Api secretariat = Fixtures.anOfficer(admin, process, "SECRETARIAT").api();
        String letters = "/processes/" + process + "/letters";
        String draft = letters + "/" + drafted(secretariat, letters, letter("Convening of the meeting"));
        assertThat(secretariat.get(draft).json().get("version").asInt()).isZero();

        Map<String, Object> first = new HashMap<>(letter("Convening of the Second Preparatory Meeting"));
        first.put("version", 0);
        Api.Response edited = secretariat.put(draft, first);
        assertThat(edited.json().get("version").asInt()).as(edited.toString()).isEqualTo(1);
        Map<String, Object> stale = new HashMap<>(letter("Convening of the Third Preparatory Meeting"));
        stale.put("version", 0);
        unchanged(() -> assertStatus(secretariat.put(draft, stale), 409));
        assertThat(secretariat.get(draft).json().get("subject").asString())
                .isEqualTo("Convening of the Second Preparatory Meeting");
        stale.put("version", 1);
        assertThat(secretariat.put(draft, stale).json().get("version").asInt()).isEqualTo(2);
    }

    private static Map<String, Object> letter(String subject) {
        return Map.of("reference", Fixtures.unique("BFX"), "date", "2026-06-05", "place", "Geneva",
                "subject", subject, "body", "Excellency, …", "addressees", List.of("STATES_PARTIES"));
    }

    private static String drafted(Api api, String letters, Map<String, Object> body) {
        Api.Response drafted = api.post(letters, body);
        assertThat(drafted.status()).as(drafted.toString()).isEqualTo(201);
        return drafted.json().get("id").asString();
    }

    private static Api.Response assertStatus(Api.Response response, int status) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        return response;
    }
}
