package org.plenary.consultations;

import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.TaskDescriptor;
import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.plenary.notifications.Mailer;
import org.plenary.notifications.OutgoingMail;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.util.HtmlUtils;

/**
 * Delivers the notices of consultations through db-scheduler, like the dispatches of letters: each once (its row
 * locked and marked sent in one transaction), retried with backoff on failure, kept across restarts, and waiting
 * while no mail server is configured.
 */
@Configuration(proxyBeanMethods = false)
class ConsultationNoticeTask {

    static final TaskDescriptor<String> TASK = TaskDescriptor.of("consultation-notice", String.class);

    @Bean
    CustomTask<String> consultationNoticeDelivery(Mailer mailer, TransactionTemplate transaction, JdbcClient jdbc,
            Clock clock) {
        return Tasks.custom(TASK)
                .onFailure(new FailureHandler.MaxRetriesFailureHandler<>(10,
                        new FailureHandler.ExponentialBackoffFailureHandler<>(Duration.ofSeconds(15), 2.0)))
                .execute((instance, context) -> {
                    if (!mailer.configured()) {
                        return (complete, operations) ->
                                operations.reschedule(complete, complete.getTimeDone().plus(Duration.ofMinutes(1)));
                    }
                    UUID id = UUID.fromString(instance.getData());
                    transaction.executeWithoutResult(status -> jdbc.sql("""
                            select email, subject, body from consultation_notice
                             where id = :id and sent_at is null for update
                            """).param("id", id).query((rs, n) -> mail(id, rs.getString(1), rs.getString(2),
                                    rs.getString(3))).optional()
                            .ifPresent(mail -> {
                                mailer.send(mail);
                                jdbc.sql("update consultation_notice set sent_at = :at where id = :id")
                                        .param("at", Timestamp.from(clock.instant())).param("id", id).update();
                            }));
                    return new CompletionHandler.OnCompleteRemove<>();
                });
    }

    private static OutgoingMail mail(UUID id, String to, String subject, String text) {
        return new OutgoingMail(to, "en", subject, text, "<pre>" + HtmlUtils.htmlEscape(text) + "</pre>", List.of(),
                "<" + id + "@plenary>");
    }
}
