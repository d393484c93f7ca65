package org.plenary.documents;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * The threads that parse files for their text: at most {@code parsers} at once (so that hostile files cannot take
 * every core, nor every thread of db-scheduler, which also delivers e-mails: a task that finds every parser busy
 * gives its thread back at once and comes again shortly), each given {@code timeLimit}. A parse still running at its limit is interrupted and abandoned: its
 * permit is given back only when its thread has really stopped, so abandoned parses still count against the limit.
 */
@Component
class TextParsers implements DisposableBean {

    /** What a parse gave. */
    sealed interface Outcome {
        record Text(String text) implements Outcome {
        }

        record Failed(String reason) implements Outcome {
        }

        /** Every parser is busy: try again later. */
        record Busy() implements Outcome {
        }
    }

    /** How long an interrupted parse is given to notice it before it is abandoned. */
    private static final Duration GRACE = Duration.ofSeconds(2);

    private final TextLimits limits;
    private final Semaphore permits;
    private final ExecutorService threads = Executors.newCachedThreadPool(Thread.ofPlatform().daemon()
            .priority(Thread.NORM_PRIORITY - 1).name("text-extraction-", 0).factory());

    TextParsers(TextLimits limits) {
        this.limits = limits;
        this.permits = new Semaphore(limits.parsers());
    }

    Outcome parse(Path file, String contentType) throws InterruptedException {
        if (!permits.tryAcquire()) {
            return new Outcome.Busy();
        }
        Instant deadline = Instant.now().plus(limits.timeLimit());
        Future<String> parse;
        try {
            parse = threads.submit(() -> {
                try {
                    return TextExtraction.text(file, contentType, limits, deadline);
                } finally {
                    permits.release();
                }
            });
        } catch (RuntimeException rejected) {
            permits.release();
            throw rejected;
        }
        try {
            return new Outcome.Text(parse.get(limits.timeLimit().plus(GRACE).toMillis(), TimeUnit.MILLISECONDS));
        } catch (TimeoutException late) {
            parse.cancel(true);
            return new Outcome.Failed("the text could not be extracted within the time limit");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof TextExtraction.Unextractable unextractable) {
                return new Outcome.Failed(unextractable.getMessage());
            }
            return new Outcome.Failed("the file cannot be read (" + e.getCause() + ")");
        } catch (InterruptedException stopping) {
            parse.cancel(true);
            throw stopping;
        }
    }

    @Override
    public void destroy() {
        threads.shutdownNow();
    }
}
