package org.plenary.notifications;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Consumer;
import org.plenary.notifications.OutboxRepository.Claimed;

/**
 * How the e-mails of a batch went, recorded while the next ones are being sent: the delivery hands over each
 * outcome as soon as the mail server has answered, and a recorder of its own writes all those waiting in one
 * transaction ({@code record}). So a batch costs a few transactions rather than one per e-mail, the delivery never
 * waits for the database between two e-mails, and each outcome still reaches the database right after the
 * server's answer (if the instance dies, only the e-mails of the transaction under way are sent again, with the
 * same Message-ID). {@link #close} returns once every outcome handed over is recorded; if recording fails, nothing
 * more is recorded, {@link #recording} turns false, and {@link #close} throws the failure.
 */
final class Outcomes implements AutoCloseable {

    /** An e-mail accepted by the mail server ({@code failure} null), or why it was not. */
    record Outcome(Claimed claimed, RuntimeException failure) {
    }

    private static final Outcome END = new Outcome(null, null);

    private final LinkedBlockingQueue<Outcome> waiting = new LinkedBlockingQueue<>();
    private final Consumer<List<Outcome>> record;
    private final Thread recorder;
    private volatile RuntimeException failure;

    Outcomes(Consumer<List<Outcome>> record) {
        this.record = record;
        this.recorder = Thread.ofVirtual().name("mail-outcomes").start(this::recordAsTheyCome);
    }

    void sent(Claimed claimed) {
        waiting.add(new Outcome(claimed, null));
    }

    void failed(Claimed claimed, RuntimeException reason) {
        waiting.add(new Outcome(claimed, reason));
    }

    /** False once recording failed: what is sent then would not be recorded. */
    boolean recording() {
        return failure == null;
    }

    @Override
    public void close() {
        waiting.add(END);
        boolean interrupted = false;
        while (recorder.isAlive()) {
            try {
                recorder.join();
            } catch (InterruptedException e) {
                interrupted = true; // the outcomes handed over are recorded all the same
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        if (failure != null) {
            throw failure;
        }
    }

    private void recordAsTheyCome() {
        List<Outcome> taken = new ArrayList<>();
        boolean ended = false;
        while (!ended) {
            try {
                taken.add(waiting.take());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failure = new IllegalStateException("The recording of e-mail outcomes was interrupted", e);
                return;
            }
            waiting.drainTo(taken);
            ended = taken.removeIf(o -> o == END);
            if (!taken.isEmpty() && failure == null) {
                try {
                    record.accept(List.copyOf(taken));
                } catch (RuntimeException e) {
                    failure = e;
                }
            }
            taken.clear();
        }
    }
}
