package org.plenary.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.plenary.notifications.MailDelivered;
import org.plenary.notifications.MailFailed;
import org.plenary.support.ModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;

/**
 * Identity keeps the text of an account e-mail (its links are secrets) only while the outbox may still send it: it
 * forgets it when the outbox reports it accepted or rejected for good, in the transaction the report is published in
 * (the test's, as the outbox's would be), and keeps it through a failure the outbox will retry and through a report
 * about another module's e-mail. The e-mail is a row, so that the outbox has nothing of its own to report.
 * Processes starts too: it implements what audit asks of the module that knows processes.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, extraIncludes = "processes")
class AccountMailDeliveriesTest extends ModuleTest {

    private static final Instant AT = Instant.parse("2026-06-12T16:00:00Z");

    @Test
    void anAcceptedMailIsForgottenAndOneToRetryKept(Scenario scenario) {
        UUID mail = aQueuedMail();

        scenario.publish(new MailFailed(mail, AccountMail.KIND, "421 busy", false, AT))
                .andWaitForStateChange(() -> kept(mail))
                .andVerify(n -> assertThat(n).as("kept to retry").isOne());
        scenario.publish(new MailDelivered(AccountMail.KIND, List.of(mail), AT))
                .andWaitForStateChange(() -> kept(mail), n -> n == 0)
                .andVerify(n -> assertThat(n).isZero());
    }

    @Test
    void aRejectedMailIsForgottenAndAnotherModulesReportChangesNothing(Scenario scenario) {
        UUID mail = aQueuedMail();

        scenario.publish(new MailDelivered("letter", List.of(mail), AT))
                .andWaitForStateChange(() -> kept(mail))
                .andVerify(n -> assertThat(n).as("another module's e-mail").isOne());
        scenario.publish(new MailFailed(mail, AccountMail.KIND, "550 no such user", true, AT))
                .andWaitForStateChange(() -> kept(mail), n -> n == 0)
                .andVerify(n -> assertThat(n).isZero());
    }

    private UUID aQueuedMail() {
        UUID mail = UUID.randomUUID();
        jdbc.sql("""
                insert into account_mail (id, subject, text_body, html_body, queued_at)
                values (?, 'Your account', 'Set your password: https://plenary.example/reset/secret', '<p>Set it</p>',
                        now())
                """).param(mail).update();
        return mail;
    }

    private long kept(UUID mail) {
        return jdbc.sql("select count(*) from account_mail where id = ?").param(mail).query(Long.class).single();
    }
}
