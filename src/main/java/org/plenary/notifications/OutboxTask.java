package org.plenary.notifications;

import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.TaskDescriptor;
import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The delivery of the outbox, run by db-scheduler: each queued e-mail is a task instance in the database, picked by
 * exactly one instance of the application at a time, retried with exponential backoff on a temporary failure and
 * kept across restarts. Without a mail server it waits and checks again later. The timing is
 * {@link OutboxProperties}.
 */
@Configuration(proxyBeanMethods = false)
class OutboxTask {

    static final TaskDescriptor<String> TASK = TaskDescriptor.of("mail-outbox", String.class);

    @Bean
    CustomTask<String> mailOutboxTask(DeliverMail deliver, OutboxProperties timing) {
        return Tasks.custom(TASK)
                .onFailure(new FailureHandler.MaxRetriesFailureHandler<>(timing.maxRetries(),
                        new FailureHandler.ExponentialBackoffFailureHandler<>(timing.firstRetry(), 2.0)))
                .execute((instance, context) -> switch (deliver.deliver(UUID.fromString(instance.getData()))) {
                    case DELIVERED, REJECTED -> new CompletionHandler.OnCompleteRemove<>();
                    case NO_MAIL_SERVER -> (complete, operations) ->
                            operations.reschedule(complete, complete.getTimeDone().plus(timing.waitForMailServer()));
                });
    }
}
