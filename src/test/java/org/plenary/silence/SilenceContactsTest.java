package org.plenary.silence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plenary.PlenaryTest;
import org.plenary.support.Mails;
import org.plenary.support.Api;
import org.plenary.support.Fixtures;
import org.plenary.support.WebSession;

/**
 * The circulation of a procedure reaches the official contacts of every participant as well as its delegates'
 * accounts, once per distinct address, each queued in its recipient's language.
 */
class SilenceContactsTest extends PlenaryTest {

    private SilenceWorld world;

    @BeforeEach
    void aProcessWhoseStatesHaveContacts() {
        world = SilenceWorld.create(admin(), "PT1M");
    }

    @AfterEach
    void nothingLeftOpen() {
        world.withdrawOpen();
    }

    @Test
    void theCirculationReachesContactsAndAccountsOnceEach() {
        String mission = unique("mission") + "@example.org";
        world.admin().post("/participants/" + world.partyA() + "/contacts", Map.of("email", mission,
                "role", "MISSION", "language", "fr"));
        String shared = world.delegateB().username() + "@mission.example";
        world.admin().post("/participants/" + world.partyB() + "/contacts", Map.of("email", shared.toUpperCase(),
                "role", "FOCAL_POINT", "language", "es"));

        String id = world.circulated(world.proposal(Instant.now().plus(Duration.ofMinutes(2))));

        await().atMost(Mails.DELIVERY).until(() -> received(mission) == 1 && received(shared) == 1
                && received(world.delegateA().username() + "@mission.example") == 1);
        assertThat(count("select count(*) from silence_notice where procedure = ?::uuid and lower(email) = lower(?)",
                id, shared)).as("an address that is both a contact and an account").isEqualTo(1);
        assertThat(jdbc.sql("select language from silence_notice where procedure = ?::uuid and email = ?")
                .param(id).param(mission).query(String.class).single()).isEqualTo("fr");
        assertThat(jdbc.sql("select language from silence_notice where procedure = ?::uuid and lower(email) = lower(?)")
                .param(id).param(shared).query(String.class).single()).isEqualTo("es");
    }

    @Test
    void theOfficersSeeHowFarTheCirculationReachedAndWhoHasNoAddress() {
        Api admin = world.admin();
        String nowhere = Fixtures.aState(admin);
        Fixtures.recordStatus(admin, world.treaty(), nowhere, "STATE_PARTY", "2012-01-01");
        String name = admin.get("/participants/" + nowhere).json().get("name").asString();
        String id = world.circulated(world.proposal(Instant.now().plus(Duration.ofMinutes(2))));
        String code = admin.get("/processes/" + world.process()).json().get("code").asString();
        int participants = admin.get("/processes/" + world.process() + "/participants").json().size();

        String page = WebSession.signIn(port, world.presidency().username(), Fixtures.PASSWORD)
                .open("/processes/" + code + "/silence/" + id).body();
        assertThat(page).contains("id=\"circulation-coverage\"")
                .containsPattern("went to \\d+ of the " + participants + " participants")
                .contains("id=\"circulation-unreached\"").contains(name + " · <a href=\"/participants/" + nowhere
                        + "/contacts\">");
        String delegatePage = WebSession.signIn(port, world.delegateA().username(), Fixtures.PASSWORD)
                .open("/processes/" + code + "/silence/" + id).body();
        assertThat(delegatePage).as("a delegate's page").doesNotContain("circulation-coverage");

        String later = Fixtures.aState(admin);
        Fixtures.recordStatus(admin, world.treaty(), later, "STATE_PARTY", "2012-01-01");
        String laterName = admin.get("/participants/" + later).json().get("name").asString();
        String after = WebSession.signIn(port, world.presidency().username(), Fixtures.PASSWORD)
                .open("/processes/" + code + "/silence/" + id).body();
        assertThat(after).as("the coverage as at circulation, not with a participant added since")
                .containsPattern("went to \\d+ of the " + participants + " participants")
                .contains(name + " · <a href=").doesNotContain(laterName);
    }

    private long received(String address) {
        return Arrays.stream(MAIL.getReceivedMessages()).filter(m -> to(m).equalsIgnoreCase(address)).count();
    }

    private static String to(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
