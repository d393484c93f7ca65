package org.plenary.correspondence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.plenary.notifications.MailDelivered;
import org.plenary.notifications.MailFailed;
import org.plenary.support.Api;
import org.plenary.support.Fixtures;
import org.plenary.support.ModuleTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;

/**
 * Correspondence records on a letter's dispatch what the outbox reports about its e-mail, in the transaction the
 * report is published in (the test's, as the outbox's would be): SENT when accepted, FAILED with the server's answer
 * until then, and a report about another module's e-mail leaves the dispatch as it was. The dispatch is a row, so
 * that the outbox, without a mail server here, has nothing of its own to report.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, webEnvironment = WebEnvironment.RANDOM_PORT)
class DispatchDeliveriesTest extends ModuleTest {

    private static final Instant AT = Instant.parse("2026-06-12T16:00:00Z");

    @Test
    void aFailureIsRecordedUntilTheMailIsAcceptedAndNothingAfter(Scenario scenario) {
        UUID dispatch = aQueuedDispatch();

        scenario.publish(new MailFailed(dispatch, LetterMail.KIND, "421 busy", false, AT))
                .andWaitForStateChange(() -> status(dispatch), "FAILED"::equals)
                .andVerify(s -> assertThat(dispatch(dispatch)).containsEntry("last_error", "421 busy")
                        .containsEntry("attempts", 1));
        scenario.publish(new MailDelivered(LetterMail.KIND, List.of(dispatch), AT.plusSeconds(60)))
                .andWaitForStateChange(() -> status(dispatch), "SENT"::equals)
                .andVerify(s -> assertThat(dispatch(dispatch)).containsEntry("last_error", null)
                        .containsEntry("attempts", 2)
                        .containsEntry("sent_at", Timestamp.from(AT.plusSeconds(60))));
        scenario.publish(new MailFailed(dispatch, LetterMail.KIND, "550 late", true, AT.plusSeconds(120)))
                .andWaitForStateChange(() -> dispatch(dispatch))
                .andVerify(d -> assertThat(d).as("a sent dispatch stays sent")
                        .containsEntry("status", "SENT").containsEntry("last_error", null)
                        .containsEntry("attempts", 2));
    }

    @Test
    void aReportAboutAnotherModulesMailLeavesTheDispatchAsItWas(Scenario scenario) {
        UUID dispatch = aQueuedDispatch();

        scenario.publish(new MailDelivered("silence-notice", List.of(dispatch), AT))
                .andWaitForStateChange(() -> dispatch(dispatch))
                .andVerify(d -> assertThat(d).containsEntry("status", "QUEUED").containsEntry("attempts", 0)
                        .containsEntry("sent_at", null));
        scenario.publish(new MailFailed(dispatch, "meeting-notice", "550 unknown", true, AT))
                .andWaitForStateChange(() -> dispatch(dispatch))
                .andVerify(d -> assertThat(d).containsEntry("status", "QUEUED").containsEntry("last_error", null));
    }

    /** A letter of a fresh process, queued to a State's address. */
    private UUID aQueuedDispatch() {
        Api admin = admin();
        UUID process = UUID.fromString(Fixtures.aProcess(admin));
        UUID state = UUID.fromString(Fixtures.aState(admin));
        UUID letter = UUID.randomUUID();
        jdbc.sql("""
                insert into letter (id, process, reference, letter_date, place, subject, body, addressees, public,
                                    status, created_at, created_by, sent_at, sent_by, version, original_language)
                values (?, ?, 'CCM/L.1', date '2026-06-12', 'Geneva', 'Dates', 'Dear', array['STATES_PARTIES'], false,
                        'SENT', now(), 'president', now(), 'president', 0, 'en')
                """).params(letter, process).update();
        UUID dispatch = UUID.randomUUID();
        jdbc.sql("""
                insert into letter_dispatch (id, letter, participant, email, status, queued_at, updated_at)
                values (?, ?, ?, 'mission@narnia.example', 'QUEUED', now(), now())
                """).params(dispatch, letter, state).update();
        return dispatch;
    }

    private String status(UUID dispatch) {
        return (String) dispatch(dispatch).get("status");
    }

    private Map<String, Object> dispatch(UUID dispatch) {
        return jdbc.sql("select status, attempts, last_error, sent_at from letter_dispatch where id = ?")
                .param(dispatch).query().singleRow();
    }
}
