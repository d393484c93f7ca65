package org.plenary.silence;

import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.TaskDescriptor;
import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The durable tasks of silence procedures, run by db-scheduler on whichever instance picks them, kept across
 * restarts (a task overdue at start-up runs at once): the conclusion at the deadline (instance id = procedure
 * id; the in-process timers of {@link DeadlineTimers} are usually quicker, and the conclusion is idempotent),
 * and the reminder before the deadline.
 */
@Configuration(proxyBeanMethods = false)
class SilenceTasks {

    static final TaskDescriptor<String> DEADLINE = TaskDescriptor.of("silence-deadline", String.class);
    static final TaskDescriptor<String> REMINDER = TaskDescriptor.of("silence-reminder", String.class);

    /** A conclusion that failed (the database was unreachable, say) is tried again this soon. */
    private static final Duration RETRY_CONCLUSION = Duration.ofSeconds(2);
    private static final Duration RETRY_REMINDER = Duration.ofSeconds(15);

    @Bean
    CustomTask<String> silenceDeadlineTask(ConcludeProcedure conclude) {
        return Tasks.custom(DEADLINE)
                .onFailure(new FailureHandler.OnFailureRetryLater<>(RETRY_CONCLUSION))
                .execute((instance, context) -> switch (conclude.atDeadline(SilenceProcedureId.parse(instance.getData()))) {
                    case ADOPTED, CONCLUDED_BROKEN, NOTHING_TO_DO -> new CompletionHandler.OnCompleteRemove<>();
                    case NOT_DUE -> (complete, operations) ->
                            operations.reschedule(complete, complete.getTimeDone().plus(Duration.ofSeconds(1)));
                });
    }

    @Bean
    CustomTask<String> silenceReminderTask(RemindDelegations remind) {
        return Tasks.custom(REMINDER)
                .onFailure(new FailureHandler.OnFailureRetryLater<>(RETRY_REMINDER))
                .execute((instance, context) -> {
                    remind.remind(SilenceProcedureId.parse(instance.getData()));
                    return new CompletionHandler.OnCompleteRemove<>();
                });
    }
}
