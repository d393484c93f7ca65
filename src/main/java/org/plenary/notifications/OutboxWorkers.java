package org.plenary.notifications;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The deliveries of the outbox on this instance: {@link OutboxProperties#connections()} workers, each claiming a
 * batch of due e-mails ({@link OutboxRepository#claim}) and delivering it over one SMTP connection
 * ({@link DeliverMail}), woken when this instance queues mail ({@link DeliverySignal}) and otherwise looking every
 * {@code pollInterval}. They start once the application is ready (a delivery reports to listeners of every module)
 * and stop before it closes: each ends the e-mail it is sending, and what it claimed and did not send is given
 * back at once to any instance (also when a batch has taken half its lease). Without a mail server they claim
 * nothing.
 */
@Component
class OutboxWorkers implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxWorkers.class);
    private static final Duration STOPPING = Duration.ofMinutes(1);

    private final OutboxRepository rows;
    private final DeliverMail deliver;
    private final Mailer mailer;
    private final DeliverySignal signal;
    private final OutboxProperties settings;
    private final String instance;
    private final List<Thread> workers = new ArrayList<>();
    private volatile boolean running;

    OutboxWorkers(OutboxRepository rows, DeliverMail deliver, Mailer mailer, DeliverySignal signal,
            OutboxProperties settings, @Value("${db-scheduler.scheduler-name:plenary}") String name) {
        this.rows = rows;
        this.deliver = deliver;
        this.mailer = mailer;
        this.signal = signal;
        this.settings = settings;
        this.instance = name + "/" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Override
    public synchronized void start() {
        running = true;
        for (int i = 1; i <= settings.connections(); i++) {
            workers.add(Thread.ofVirtual().name("mail-outbox-" + i).start(this::work));
        }
    }

    @Override
    public synchronized void stop() {
        running = false;
        signal.wake();
        for (Thread worker : workers) {
            try {
                if (!worker.join(STOPPING)) {
                    worker.interrupt();
                    worker.join(Duration.ofSeconds(5));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        workers.clear();
        rows.release(instance);
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void work() {
        try {
            while (running) {
                long seen = signal.seen();
                if (!deliverABatch()) {
                    signal.await(seen, settings.pollInterval());
                }
            }
        } catch (InterruptedException e) {
            // stopping
        }
    }

    /** Claims and delivers a batch; false if none was due, or if the outbox could not deliver (it waits, then). */
    private boolean deliverABatch() {
        try {
            List<OutboxRepository.Claimed> batch = mailer.configured()
                    ? rows.claim(instance, settings.batchSize(), settings.lease()) : List.of();
            if (batch.isEmpty()) {
                return false;
            }
            deliver.deliver(batch, () -> running);
            return true;
        } catch (RuntimeException e) {
            log.warn("The outbox could not deliver: {}", e.toString());
            return false;
        }
    }
}
