package org.plenary.shared.database;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.LinkedBlockingQueue;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Announces changes on a {@link ChangeChannel} to every instance, once the transaction that made them has committed.
 *
 * <p>A PostgreSQL NOTIFY is not sent in the transaction of the change: a transaction that notifies holds one lock
 * for the whole database from its commit until its commit record is on disk, so every write of the system that
 * notifies would wait in one queue. Instead, the announcements of a committed transaction join a queue in memory,
 * and one thread sends what has gathered, many at once, in a short transaction of its own that does not wait for
 * the disk ({@code synchronous_commit = off}: a NOTIFY that a crash loses is only a live page refreshed later). The
 * bigger the load, the more announcements each of its transactions carries.
 */
@Component
public class ChangeAnnouncer implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ChangeAnnouncer.class);
    private static final Announcement STOP = new Announcement("", "");

    private record Announcement(String channel, String payload) {
    }

    private final LinkedBlockingQueue<Announcement> queue = new LinkedBlockingQueue<>();
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private volatile Thread thread;

    ChangeAnnouncer(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
        this.transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    }

    /** Announces {@code payload} on {@code channel} when, and only when, the current transaction commits. */
    public void announce(String channel, String payload) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            throw new IllegalStateException("A change is announced from the transaction that makes it");
        }
        Announcement announcement = new Announcement(channel, payload);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                queue.add(announcement);
            }
        });
    }

    @Override
    public void start() {
        thread = Thread.ofPlatform().daemon().name("change-announcer").start(this::run);
    }

    @Override
    public void stop() {
        Thread running = thread;
        thread = null;
        queue.add(STOP);
        try {
            running.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return thread != null;
    }

    private void run() {
        boolean stopping = false;
        while (!stopping) {
            List<Announcement> batch = new ArrayList<>();
            try {
                batch.add(queue.take());
            } catch (InterruptedException e) {
                return;
            }
            queue.drainTo(batch);
            stopping = batch.remove(STOP);
            Set<Announcement> distinct = new LinkedHashSet<>(batch);
            if (!distinct.isEmpty()) {
                send(distinct);
            }
        }
    }

    private void send(Set<Announcement> announcements) {
        try {
            transactions.executeWithoutResult(status -> {
                jdbc.sql("set local synchronous_commit = off").update();
                jdbc.sql("select pg_notify(c, p) from unnest(:channels::text[], :payloads::text[]) as a(c, p)")
                        .param("channels", announcements.stream().map(Announcement::channel).toArray(String[]::new))
                        .param("payloads", announcements.stream().map(Announcement::payload).toArray(String[]::new))
                        .query().listOfRows();
            });
        } catch (RuntimeException e) {
            log.warn("{} change announcements were not sent ({}); live pages catch up at their next change",
                    announcements.size(), e.toString());
        }
    }
}
