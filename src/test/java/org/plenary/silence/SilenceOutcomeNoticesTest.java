package org.plenary.silence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plenary.PlenaryTest;
import org.plenary.support.Mails;

/**
 * The end of a procedure (silence broken, withdrawal) is announced to every participant's contacts and delegates,
 * each in its own language: a French mission reads it in French, with a Content-Language header saying so.
 */
class SilenceOutcomeNoticesTest extends PlenaryTest {

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
    void theBreakingOfSilenceReachesAFrenchMissionInFrench() throws Exception {
        String mission = unique("mission") + "@example.org";
        world.admin().post("/participants/" + world.partyB() + "/contacts", Map.of("email", mission,
                "role", "MISSION", "language", "fr"));
        String id = world.circulated(world.proposal(Instant.now().plus(Duration.ofMinutes(2))));
        world.delegateA().api().post(world.path(id) + "/objections", Map.of("reason", "We cannot attend."));

        await().atMost(Mails.DELIVERY).until(() -> to(mission).size() == 2);
        MimeMessage broken = to(mission).stream().filter(m -> subject(m).contains("Silence rompu")).findFirst()
                .orElseThrow();
        assertThat(broken.getHeader("Content-Language")).containsExactly("fr");
        assertThat(Mails.plainText(broken)).contains("Excellence, chers collègues,").contains("Le silence a été rompu le")
                .contains("n’est donc pas adoptée").doesNotContain("Silence was broken");
        String delegate = world.delegateA().username() + "@mission.example";
        await().atMost(Mails.DELIVERY).until(() -> to(delegate).stream()
                .anyMatch(m -> subject(m).contains("Silence broken: ")));
        assertThat(count("select count(*) from silence_notice where procedure = ?::uuid and kind = 'BROKEN'"
                + " and status = 'SENT' and lower(email) = lower(?)", id, mission)).isEqualTo(1);
    }

    @Test
    void aWithdrawalReachesAFrenchMissionInFrench() throws Exception {
        String mission = unique("mission") + "@example.org";
        world.admin().post("/participants/" + world.partyA() + "/contacts", Map.of("email", mission,
                "role", "MISSION", "language", "fr"));
        String id = world.circulated(world.proposal(Instant.now().plus(Duration.ofMinutes(2))));
        assertThat(world.presidency().api().post(world.path(id) + "/withdraw",
                Map.of("reason", "Les consultations se poursuivent.")).status()).isEqualTo(200);

        await().atMost(Mails.DELIVERY).until(() -> to(mission).stream()
                .anyMatch(m -> subject(m).contains("Procédure d’approbation tacite retirée")));
        MimeMessage withdrawn = to(mission).stream()
                .filter(m -> subject(m).contains("Procédure d’approbation tacite retirée")).findFirst().orElseThrow();
        assertThat(Mails.plainText(withdrawn)).contains("Les consultations se poursuivent.");
    }

    private List<MimeMessage> to(String address) {
        return Arrays.stream(MAIL.getReceivedMessages()).filter(m -> recipient(m).equalsIgnoreCase(address)).toList();
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
