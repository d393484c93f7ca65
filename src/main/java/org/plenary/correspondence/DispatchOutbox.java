package org.plenary.correspondence;

import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.TaskDescriptor;
import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The e-mail outbox of letters, run by db-scheduler: each queued dispatch is a task instance in the
 * database, picked by exactly one instance of the application at a time, retried with exponential backoff
 * on failure, and kept across restarts. Without a mail server it waits and checks again every minute.
 */
@Configuration(proxyBeanMethods = false)
class DispatchOutbox {

    static final TaskDescriptor<String> TASK = TaskDescriptor.of("letter-dispatch", String.class);
    static final Duration WAIT_FOR_MAIL_SERVER = Duration.ofMinutes(1);
    static final Duration FIRST_RETRY = Duration.ofSeconds(15);
    static final int MAX_RETRIES = 10;

    @Bean
    CustomTask<String> letterDispatchTask(DeliverDispatch deliver) {
        return Tasks.custom(TASK)
                .onFailure(new FailureHandler.MaxRetriesFailureHandler<>(MAX_RETRIES,
                        new FailureHandler.ExponentialBackoffFailureHandler<>(FIRST_RETRY, 2.0)))
                .execute((instance, context) -> switch (deliver.deliver(UUID.fromString(instance.getData()))) {
                    case DELIVERED -> new CompletionHandler.OnCompleteRemove<>();
                    case NO_MAIL_SERVER -> (complete, operations) ->
                            operations.reschedule(complete, Instant.now().plus(WAIT_FOR_MAIL_SERVER));
                });
    }
}
