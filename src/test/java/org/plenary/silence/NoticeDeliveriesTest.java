package org.plenary.silence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.plenary.notifications.MailDelivered;
import org.plenary.notifications.MailFailed;
import org.plenary.support.Fixtures;
import org.plenary.support.ModuleTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * Silence records on a procedure's notice what the outbox reports about its e-mail, in the transaction the report
 * is published in (the test's, as the outbox's would be): FAILED with the server's answer until it is accepted, then
 * SENT; a report about another module's e-mail leaves the notice as it was. The notice is a row, so that the outbox,
 * without a mail server here, has nothing of its own to report.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, webEnvironment = WebEnvironment.RANDOM_PORT)
class NoticeDeliveriesTest extends ModuleTest {

    private static final Instant AT = Instant.parse("2026-06-12T16:00:00Z");

    @MockitoBean
    MeetingsToMove meetings;

    @MockitoBean
    LettersToAnnounce letters;

    @Test
    void aFailureIsRecordedUntilTheMailIsAccepted(Scenario scenario) {
        UUID notice = aQueuedNotice();

        scenario.publish(new MailFailed(notice, NoticeMail.KIND, "421 busy", false, AT))
                .andWaitForStateChange(() -> status(notice), "FAILED"::equals)
                .andVerify(s -> assertThat(notice(notice)).containsEntry("last_error", "421 busy")
                        .containsEntry("attempts", 1));
        scenario.publish(new MailDelivered(NoticeMail.KIND, List.of(notice), AT.plusSeconds(60)))
                .andWaitForStateChange(() -> status(notice), "SENT"::equals)
                .andVerify(s -> assertThat(notice(notice)).containsEntry("last_error", null)
                        .containsEntry("attempts", 2).containsEntry("sent_at", Timestamp.from(AT.plusSeconds(60))));
    }

    @Test
    void aReportAboutAnotherModulesMailLeavesTheNoticeAsItWas(Scenario scenario) {
        UUID notice = aQueuedNotice();

        scenario.publish(new MailDelivered("letter", List.of(notice), AT))
                .andWaitForStateChange(() -> notice(notice))
                .andVerify(n -> assertThat(n).containsEntry("status", "QUEUED").containsEntry("attempts", 0));
        scenario.publish(new MailFailed(notice, "consultation-notice", "550 unknown", true, AT))
                .andWaitForStateChange(() -> notice(notice))
                .andVerify(n -> assertThat(n).containsEntry("status", "QUEUED").containsEntry("last_error", null));
    }

    /** The circulation notice of a procedure, queued to a State's address. */
    private UUID aQueuedNotice() {
        SilenceProcedureId procedure = AdoptedProcedures.in(admin(), jdbc).drafted();
        UUID state = UUID.fromString(Fixtures.aState(admin()));
        UUID notice = UUID.randomUUID();
        jdbc.sql("""
                insert into silence_notice (id, procedure, kind, participant, email, status, queued_at, updated_at)
                values (?, ?, 'CIRCULATION', ?, 'mission@narnia.example', 'QUEUED', now(), now())
                """).params(notice, procedure.value(), state).update();
        return notice;
    }

    private String status(UUID notice) {
        return (String) notice(notice).get("status");
    }

    private Map<String, Object> notice(UUID notice) {
        return jdbc.sql("select status, attempts, last_error, sent_at from silence_notice where id = ?")
                .param(notice).query().singleRow();
    }
}
