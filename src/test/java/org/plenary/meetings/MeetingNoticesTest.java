package org.plenary.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.plenary.PlenaryTest;
import org.plenary.support.Api;
import org.plenary.support.Fixtures;
import org.plenary.support.Mails;

/**
 * Convening, moving (with the reason given) and cancelling a meeting reaches every participant's contacts and
 * delegates, each in its own language: a French mission is written to in French, a delegate in English, each
 * address once.
 */
class MeetingNoticesTest extends PlenaryTest {

    @Test
    void aFrenchMissionIsToldInFrenchThatAMeetingIsConvenedThenCancelled() throws Exception {
        Api admin = admin();
        String treaty = Fixtures.aTreaty(admin);
        String process = Fixtures.aProcess(admin, treaty);
        Fixtures.Person secretariat = Fixtures.anOfficer(admin, process, "SECRETARIAT");
        String state = Fixtures.aState(admin);
        Fixtures.recordStatus(admin, treaty, state, "STATE_PARTY", "2010-01-01");
        Fixtures.Person delegate = Fixtures.aDelegate(admin, state);
        String mission = unique("mission") + "@example.org";
        assertThat(admin.post("/participants/" + state + "/contacts", Map.of("email", mission, "role", "MISSION",
                "language", "fr")).status()).isEqualTo(201);

        String meeting = secretariat.api().post("/processes/" + process + "/meetings", Map.of(
                "title", "Second Preparatory Meeting", "kind", "PREPARATORY_MEETING", "format", "IN_PERSON",
                "start", "2030-06-08T10:00:00+02:00", "end", "2030-06-08T13:00:00+02:00")).json().get("id").asString();

        await().atMost(Mails.DELIVERY).until(() -> to(mission).size() == 1);
        MimeMessage convened = to(mission).getFirst();
        assertThat(convened.getSubject()).isEqualTo("Réunion convoquée : Second Preparatory Meeting");
        assertThat(convened.getHeader("Content-Language")).containsExactly("fr");
        assertThat(Mails.plainText(convened)).contains("Excellence, chers collègues,")
                .contains("La Présidence convoque la réunion « Second Preparatory Meeting », du 8 juin 2030")
                .contains("heure de Genève (UTC+2)").contains("08:00 UTC");
        String account = delegate.username() + "@mission.example";
        await().atMost(Mails.DELIVERY).until(() -> to(account).size() == 1);
        assertThat(to(account).getFirst().getSubject()).isEqualTo("Meeting convened: Second Preparatory Meeting");

        String reason = "The conference room is under renovation.";
        assertThat(secretariat.api().post("/processes/" + process + "/meetings/" + meeting + "/reschedule", Map.of(
                "start", "2030-06-15T10:00:00+02:00", "end", "2030-06-15T13:00:00+02:00", "reason", reason))
                .status()).isEqualTo(200);
        await().atMost(Mails.DELIVERY).until(() -> to(mission).size() == 2);
        MimeMessage moved = to(mission).get(1);
        assertThat(moved.getSubject()).isEqualTo("Réunion déplacée : Second Preparatory Meeting");
        assertThat(Mails.plainText(moved)).as("the reason the officer gave").contains("Motif : " + reason);

        assertThat(secretariat.api().post("/processes/" + process + "/meetings/" + meeting + "/cancel", null)
                .status()).isEqualTo(200);
        await().atMost(Mails.DELIVERY).until(() -> to(mission).size() == 3);
        assertThat(to(mission).get(2).getSubject()).isEqualTo("Réunion annulée : Second Preparatory Meeting");
        assertThat(Mails.plainText(to(mission).get(2))).as("no reason on a cancellation").doesNotContain("Motif");
        await().atMost(Mails.DELIVERY).alias("notices recorded as sent, once the delivery commits").until(() ->
                count("select count(*) from meeting_notice where meeting = ?::uuid and sent_at is not null"
                        + " and lower(email) in (lower(?), lower(?))", meeting, mission, account) == 6);
    }

    private static List<MimeMessage> to(String address) {
        return Arrays.stream(MAIL.getReceivedMessages()).filter(m -> recipient(m).equalsIgnoreCase(address)).toList();
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
