package org.plenary.silence;

import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.TaskDescriptor;
import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import java.time.Duration;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The durable tasks of silence procedures, run by db-scheduler on whichever instance picks them, kept across
 * restarts (a task overdue at start-up runs at once): the conclusion at the deadline (instance id = procedure
 * id; the in-process timers of {@link DeadlineTimers} are usually quicker, and the conclusion is idempotent),
 * the reminder before the deadline, and the delivery of each e-mail, retried with exponential backoff.
 */
@Configuration(proxyBeanMethods = false)
class SilenceTasks {

    static final TaskDescriptor<String> DEADLINE = TaskDescriptor.of("silence-deadline", String.class);
    static final TaskDescriptor<String> REMINDER = TaskDescriptor.of("silence-reminder", String.class);
    static final TaskDescriptor<String> NOTICE = TaskDescriptor.of("silence-notice", String.class);

    /** A conclusion that failed (the database was unreachable, say) is tried again this soon. */
    private static final Duration RETRY_CONCLUSION = Duration.ofSeconds(2);
    private static final Duration FIRST_MAIL_RETRY = Duration.ofSeconds(15);
    private static final int MAIL_RETRIES = 10;
    private static final Duration WAIT_FOR_MAIL_SERVER = Duration.ofMinutes(1);

    @Bean
    CustomTask<String> silenceDeadlineTask(ConcludeProcedure conclude) {
        return Tasks.custom(DEADLINE)
                .onFailure(new FailureHandler.OnFailureRetryLater<>(RETRY_CONCLUSION))
                .execute((instance, context) -> switch (conclude.atDeadline(SilenceProcedureId.parse(instance.getData()))) {
                    case ADOPTED, NOTHING_TO_DO -> new CompletionHandler.OnCompleteRemove<>();
                    case NOT_DUE -> (complete, operations) ->
                            operations.reschedule(complete, complete.getTimeDone().plus(Duration.ofSeconds(1)));
                });
    }

    @Bean
    CustomTask<String> silenceReminderTask(RemindDelegations remind) {
        return Tasks.custom(REMINDER)
                .onFailure(new FailureHandler.OnFailureRetryLater<>(FIRST_MAIL_RETRY))
                .execute((instance, context) -> {
                    remind.remind(SilenceProcedureId.parse(instance.getData()));
                    return new CompletionHandler.OnCompleteRemove<>();
                });
    }

    @Bean
    CustomTask<String> silenceNoticeTask(DeliverNotice deliver) {
        return Tasks.custom(NOTICE)
                .onFailure(new FailureHandler.MaxRetriesFailureHandler<>(MAIL_RETRIES,
                        new FailureHandler.ExponentialBackoffFailureHandler<>(FIRST_MAIL_RETRY, 2.0)))
                .execute((instance, context) -> switch (deliver.deliver(UUID.fromString(instance.getData()))) {
                    case DELIVERED -> new CompletionHandler.OnCompleteRemove<>();
                    case NO_MAIL_SERVER -> (complete, operations) ->
                            operations.reschedule(complete, complete.getTimeDone().plus(WAIT_FOR_MAIL_SERVER));
                });
    }
}
