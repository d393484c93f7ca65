package org.plenary.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.plenary.notifications.MailDelivered;
import org.springframework.modulith.test.Scenario;

/**
 * A module records when the outbox reports one of its notices' e-mails accepted, in the transaction the report is
 * published in (the test's, as the outbox's would be), once; a report about another module's e-mail leaves the
 * notice unsent. The notice is a row, so that the outbox, without a mail server here, has nothing of its own to
 * report. Each module's test names its kind of e-mail and its table, and says how a notice is queued.
 */
public abstract class SentOnceDeliveries extends ModuleTest {

    private static final Instant AT = Instant.parse("2026-06-12T16:00:00Z");

    private final String kind;
    private final String table;

    /**
     * @param kind the kind of e-mail the module's composer writes
     * @param table the table of the module's notices, with a {@code sent_at} column
     */
    protected SentOnceDeliveries(String kind, String table) {
        this.kind = kind;
        this.table = table;
    }

    /** A notice queued to a State's address, of something new. */
    protected abstract UUID aQueuedNotice();

    @Test
    void anAcceptedNoticeIsSentOnceAtTheFirstReport(Scenario scenario) {
        UUID notice = aQueuedNotice();

        scenario.publish(new MailDelivered(kind, List.of(notice), AT))
                .andWaitForStateChange(() -> sentAt(notice))
                .andVerify(at -> assertThat(at).isEqualTo(Timestamp.from(AT)));
        scenario.publish(new MailDelivered(kind, List.of(notice), AT.plusSeconds(60)))
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

    private Timestamp sentAt(UUID notice) {
        return (Timestamp) notice(notice).get("sent_at");
    }

    private Map<String, Object> notice(UUID notice) {
        return jdbc.sql("select sent_at from " + table + " where id = ?").param(notice).query().singleRow();
    }
}
