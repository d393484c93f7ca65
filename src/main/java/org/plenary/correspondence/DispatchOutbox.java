package org.plenary.correspondence;

import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.TaskDescriptor;
import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The e-mail outbox of letters, run by db-scheduler: each queued dispatch is a task instance in the
 * database, picked by exactly one instance of the application at a time, retried with exponential backoff
 * on failure, and kept across restarts. Without a mail server it waits and checks again later. The timing
 * is {@link OutboxProperties}.
 */
@Configuration(proxyBeanMethods = false)
class DispatchOutbox {

    static final TaskDescriptor<String> TASK = TaskDescriptor.of("letter-dispatch", String.class);

    @Bean
    CustomTask<String> letterDispatchTask(DeliverDispatch deliver, OutboxProperties timing) {
        return Tasks.custom(TASK)
                .onFailure(new FailureHandler.MaxRetriesFailureHandler<>(timing.maxRetries(),
                        new FailureHandler.ExponentialBackoffFailureHandler<>(timing.firstRetry(), 2.0)))
                .execute((instance, context) -> switch (deliver.deliver(UUID.fromString(instance.getData()))) {
                    case DELIVERED -> new CompletionHandler.OnCompleteRemove<>();
                    case NO_MAIL_SERVER -> (complete, operations) ->
                            operations.reschedule(complete, complete.getTimeDone().plus(timing.waitForMailServer()));
                });
    }
}
