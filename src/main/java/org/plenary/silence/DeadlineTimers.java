package org.plenary.silence;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * In-process timers that conclude each open procedure the moment its deadline passes, on every instance: armed
 * at start-up for every open procedure (an overdue one is concluded at once, with its deadline as the time of
 * conclusion), and when a procedure is circulated on any instance. db-scheduler's task polls only every
 * second; it stays the durable fallback. Whichever comes first concludes, under the procedure's row lock; the
 * others find nothing to do.
 */
@Component
class DeadlineTimers implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DeadlineTimers.class);
    /** A timer that fired a hair early (the clock and the timer disagree) tries again this soon. */
    private static final long NOT_DUE_PAUSE_MICROS = 1_000;

    private final ConcludeProcedure conclude;
    private final ProcedureRepository procedures;
    private final Clock clock;
    private final Map<SilenceProcedureId, ScheduledFuture<?>> armed = new ConcurrentHashMap<>();
    private volatile ScheduledExecutorService executor;

    DeadlineTimers(ConcludeProcedure conclude, ProcedureRepository procedures, Clock clock) {
        this.conclude = conclude;
        this.procedures = procedures;
        this.clock = clock;
    }

    @Override
    public void start() {
        executor = Executors.newScheduledThreadPool(2, Thread.ofPlatform().daemon().name("silence-deadline-", 1).factory());
        armOpen();
    }

    /** Arms the timer of every open procedure. */
    void armOpen() {
        procedures.open().forEach(p -> arm(p.id(), p.deadline()));
    }

    @Override
    public void stop() {
        executor.shutdownNow();
        armed.clear();
    }

    @Override
    public boolean isRunning() {
        return executor != null && !executor.isShutdown();
    }

    /** Once a circulation is committed, the procedure's timer on this instance. */
    @TransactionalEventListener
    void on(ProcedureCirculated circulated) {
        arm(circulated.procedure(), circulated.deadline());
    }

    /** Concludes the procedure at {@code deadline} (at once if it has passed), unless it is concluded before. */
    void arm(SilenceProcedureId id, Instant deadline) {
        arm(id, deadline, 0);
    }

    private void arm(SilenceProcedureId id, Instant deadline, long minimumMicros) {
        ScheduledExecutorService timers = executor;
        if (timers == null || timers.isShutdown()) {
            return;
        }
        long delay = Math.max(minimumMicros, Duration.between(clock.instant(), deadline).toNanos() / 1000);
        armed.compute(id, (key, earlier) -> {
            if (earlier != null) {
                earlier.cancel(false);
            }
            return timers.schedule(() -> fire(id, deadline), delay, TimeUnit.MICROSECONDS);
        });
    }

    /** Arms the timer of a procedure that just changed, if it is open; forgets it otherwise. */
    void follow(SilenceProcedureId id) {
        procedures.find(id).ifPresent(p -> {
            if (p.status() == ProcedureStatus.OPEN) {
                arm(id, p.deadline());
            } else {
                ScheduledFuture<?> timer = armed.remove(id);
                if (timer != null) {
                    timer.cancel(false);
                }
            }
        });
    }

    private void fire(SilenceProcedureId id, Instant deadline) {
        armed.remove(id);
        try {
            if (conclude.atDeadline(id) == ConcludeProcedure.Result.NOT_DUE) {
                arm(id, deadline, NOT_DUE_PAUSE_MICROS);
            }
        } catch (RuntimeException e) {
            log.warn("Concluding silence procedure {} failed ({}); its deadline task will try again", id, e.toString());
        }
    }
}
