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

        await().atMost(Duration.ofSeconds(30)).until(() -> received(mission) == 1 && received(shared) == 1
                && received(world.delegateA().username() + "@mission.example") == 1);
        assertThat(count("select count(*) from silence_notice where procedure = ?::uuid and lower(email) = lower(?)",
                id, shared)).as("an address that is both a contact and an account").isEqualTo(1);
        assertThat(jdbc.sql("select language from silence_notice where procedure = ?::uuid and email = ?")
                .param(id).param(mission).query(String.class).single()).isEqualTo("fr");
        assertThat(jdbc.sql("select language from silence_notice where procedure = ?::uuid and lower(email) = lower(?)")
                .param(id).param(shared).query(String.class).single()).isEqualTo("es");
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
