package org.plenary.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.plenary.support.ApiAssertions.assertInvalid;
import static org.plenary.support.Fixtures.PASSWORD;
import static org.plenary.support.Fixtures.aUser;

import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.plenary.PlenaryTest;
import org.plenary.support.Api;
import org.plenary.support.Fixtures;
import org.plenary.support.Fixtures.Person;
import org.plenary.support.Mails;
import org.plenary.support.WebSession;

/**
 * A person changes the language of their own e-mails and pages on "My account" (a form with its CSRF token) or
 * through the API: audited, it holds at once, for the pages they read (in every session they are signed in with,
 * at its next page) and the next e-mail they receive.
 */
class OwnLanguageTest extends PlenaryTest {

    @Test
    void aDelegateChoosesFrenchAndReadsPagesAndEMailsInFrenchAtOnce() throws Exception {
        Api admin = admin();
        String treaty = Fixtures.aTreaty(admin);
        String process = Fixtures.aProcess(admin, treaty);
        String state = Fixtures.aState(admin);
        Fixtures.recordStatus(admin, treaty, state, "STATE_PARTY", "2010-01-01");
        Person person = Fixtures.aDelegate(admin, state);
        WebSession web = WebSession.signIn(port, person.username(), PASSWORD);
        assertThat(web.get("/account?lang=es").body()).contains("lang=\"es\"");
        HttpResponse<String> changed = web.post("/account/language", Map.of("language", "fr"));
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(302);
        String page = web.get("/account").body();
        assertThat(page).contains("lang=\"fr\"", "Votre langue a été changée",
                "<option value=\"fr\" lang=\"fr\" selected>");
        assertThat(jdbc.sql("select language from account where username = ?").param(person.username())
                .query(String.class).single()).isEqualTo("fr");
        assertThat(count("select count(*) from audit_entry where action = 'identity.account.language-changed' "
                + "and object_id = ? and after like '%fr%'", person.id())).isEqualTo(1);

        String address = person.username() + "@mission.example";
        assertThat(Fixtures.anOfficer(admin, process, "SECRETARIAT").api().post("/processes/" + process
                + "/meetings", Map.of("title", "Second Preparatory Meeting", "kind", "PREPARATORY_MEETING",
                "format", "IN_PERSON", "start", "2030-06-08T10:00:00+02:00", "end", "2030-06-08T13:00:00+02:00"))
                .status()).isEqualTo(201);
        await().atMost(Mails.DELIVERY).until(() -> !to(address).isEmpty());
        assertThat(to(address).getFirst().getHeader("Content-Language")).containsExactly("fr");
        assertThat(to(address).getFirst().getSubject()).isEqualTo("Réunion convoquée : Second Preparatory Meeting");
    }

    @Test
    void theOtherSignedInSessionsReadTheNewLanguageAtTheirNextPage() {
        Person person = aUser(admin());
        WebSession phone = WebSession.signIn(port, person.username(), PASSWORD);
        WebSession desk = WebSession.signIn(port, person.username(), PASSWORD);
        assertThat(phone.get("/account").body()).contains("<html lang=\"en\"");
        desk.get("/account");
        assertThat(desk.post("/account/language", Map.of("language", "ru")).statusCode()).isEqualTo(302);

        assertThat(phone.get("/account").body()).as("without signing in again").contains("<html lang=\"ru\"");
        assertThat(person.api().put("/me/language", Map.of("language", "zh")).status()).isEqualTo(200);
        assertThat(phone.get("/account").body()).contains("<html lang=\"zh\"");
    }

    @Test
    void anUnknownLanguageIsRefusedAndChangesNothing() {
        Person person = aUser(admin());
        WebSession web = WebSession.signIn(port, person.username(), PASSWORD);
        web.get("/account");
        HttpResponse<String> refused = web.post("/account/language", Map.of("language", "de"));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("id=\"language-error\"");
        assertThat(web.post("/account/language", Map.of("language", "fr")).statusCode())
                .as("the token of the refused page is still good").isEqualTo(302);

        assertInvalid(unchanged(() -> person.api().put("/me/language", Map.of("language", "xx"))), "language");
        assertInvalid(unchanged(() -> person.api().put("/me/language", Map.of("language", ""))), "language");
        assertThat(person.api().put("/me/language", Map.of("language", "ar")).json().get("language").asString())
                .isEqualTo("ar");
        assertThat(unchanged(() -> api().put("/me/language", Map.of("language", "ru"))).status()).isEqualTo(401);
    }

    private static List<MimeMessage> to(String address) {
        return Arrays.stream(MAIL.getReceivedMessages()).filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().equalsIgnoreCase(address);
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }
}
