package org.plenary.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.plenary.notifications.MailDelivered;
import org.plenary.support.Api;
import org.plenary.support.Fixtures;
import org.plenary.support.ModuleTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;

/**
 * Meetings records when the outbox reports a meeting notice's e-mail accepted, in the transaction the report is
 * published in (the test's, as the outbox's would be), once; a report about another module's e-mail leaves the
 * notice unsent. The notice is a row, so that the outbox, without a mail server here, has nothing of its own to report.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, webEnvironment = WebEnvironment.RANDOM_PORT)
class MeetingNoticeDeliveriesTest extends ModuleTest {

    private static final Instant AT = Instant.parse("2026-06-12T16:00:00Z");

    @Test
    void anAcceptedNoticeIsSentOnceAtTheFirstReport(Scenario scenario) {
        UUID notice = aQueuedNotice();

        scenario.publish(new MailDelivered(MeetingNoticeMail.KIND, List.of(notice), AT))
                .andWaitForStateChange(() -> sentAt(notice))
                .andVerify(at -> assertThat(at).isEqualTo(Timestamp.from(AT)));
        scenario.publish(new MailDelivered(MeetingNoticeMail.KIND, List.of(notice), AT.plusSeconds(60)))
                .andWaitForStateChange(() -> sentAt(notice))
                .andVerify(at -> assertThat(at).as("sent once").isEqualTo(Timestamp.from(AT)));
    }

    @Test
    void aReportAboutAnotherModulesMailLeavesTheNoticeUnsent(Scenario scenario) {
        UUID notice = aQueuedNotice();

        scenario.publish(new MailDelivered("letter", List.of(notice), AT))
                .andWaitForStateChange(() -> notice(notice))
                .andVerify(n -> assertThat(n.get("sent_at")).isNull());
    }

    /** A CONVENED notice of a fresh meeting, queued to a State's address. */
    private UUID aQueuedNotice() {
        Api admin = admin();
        String process = Fixtures.aProcess(admin);
        Api officer = Fixtures.anOfficer(admin, process, "PRESIDENCY").api();
        UUID meeting = UUID.fromString(officer.post("/processes/" + process + "/meetings", Map.of("title",
                "First Preparatory Meeting", "kind", "PREPARATORY_MEETING", "format", "IN_PERSON",
                "start", "2020-06-08T10:00:00+02:00", "end", "2020-06-08T13:00:00+02:00")).json().get("id")
                .asString());
        UUID state = UUID.fromString(Fixtures.aState(admin));
        UUID notice = UUID.randomUUID();
        jdbc.sql("""
                insert into meeting_notice (id, meeting, kind, participant, email, language, starts_at, ends_at,
                                            queued_at)
                values (?, ?, 'CONVENED', ?, 'mission@narnia.example', 'en', timestamptz '2020-06-08T08:00:00Z',
                        timestamptz '2020-06-08T11:00:00Z', now())
                """).params(notice, meeting, state).update();
        return notice;
    }

    private Timestamp sentAt(UUID notice) {
        return (Timestamp) notice(notice).get("sent_at");
    }

    private Map<String, Object> notice(UUID notice) {
        return jdbc.sql("select sent_at from meeting_notice where id = ?").param(notice).query().singleRow();
    }
}
