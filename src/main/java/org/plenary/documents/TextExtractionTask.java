package org.plenary.documents;

import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.TaskDescriptor;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The extraction of a file's text, run by db-scheduler after the upload has committed: once per file (instance id
 * = document/language) on whichever instance picks it, kept across restarts. A file beyond the limits is no
 * failure of the task (its status says why); the task fails, and is tried again later, only when the database or
 * the file store could not be reached. While every parser is busy it steps back and comes again shortly.
 */
@Configuration(proxyBeanMethods = false)
class TextExtractionTask {

    static final TaskDescriptor<String> TASK = TaskDescriptor.of("document-text", String.class);

    private static final Duration FIRST_RETRY = Duration.ofSeconds(10);
    private static final int RETRIES = 5;
    private static final Duration WHEN_BUSY = Duration.ofSeconds(2);

    static TaskInstance<String> instance(DocumentId document, String language) {
        String id = document.value() + "/" + language;
        return TASK.instance(id).data(id).build();
    }

    @Bean
    CustomTask<String> documentTextTask(ExtractText extract) {
        return Tasks.custom(TASK)
                .onFailure(new FailureHandler.MaxRetriesFailureHandler<>(RETRIES,
                        new FailureHandler.ExponentialBackoffFailureHandler<>(FIRST_RETRY, 2.0)))
                .execute((instance, context) -> {
                    String[] file = instance.getData().split("/", 2);
                    return switch (extract.extract(DocumentId.parse(file[0]), file[1])) {
                        case DONE -> new CompletionHandler.OnCompleteRemove<>();
                        case BUSY -> (complete, operations) ->
                                operations.reschedule(complete, complete.getTimeDone().plus(WHEN_BUSY));
                    };
                });
    }
}
