package org.plenary.silence;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Set;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Listens on one database connection for the changes of procedures that any instance announces: the live
 * views of this instance are refreshed, and its deadline timers follow. A lost connection is reopened after a
 * pause; the procedures that opened meanwhile are then armed from the database.
 */
@Component
class SilenceChangeListener implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SilenceChangeListener.class);
    private static final int WAIT_MILLIS = 500;
    private static final Duration RECONNECT_PAUSE = Duration.ofSeconds(2);

    private final DataSource dataSource;
    private final LiveProcedures live;
    private final DeadlineTimers timers;
    private volatile boolean running;
    private Thread thread;

    SilenceChangeListener(DataSource dataSource, LiveProcedures live, DeadlineTimers timers) {
        this.dataSource = dataSource;
        this.live = live;
        this.timers = timers;
    }

    @Override
    public void start() {
        running = true;
        thread = Thread.ofPlatform().daemon().name("silence-changes").start(this::listen);
    }

    @Override
    public void stop() {
        running = false;
        if (thread != null) {
            thread.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void listen() {
        while (running) {
            try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
                connection.setAutoCommit(true);
                statement.execute("LISTEN " + SilenceChanges.CHANNEL);
                PGConnection pg = connection.unwrap(PGConnection.class);
                timers.armOpen();
                while (running) {
                    PGNotification[] notifications = pg.getNotifications(WAIT_MILLIS);
                    if (notifications != null && notifications.length > 0) {
                        Set<String> changed = new LinkedHashSet<>();
                        for (PGNotification n : notifications) {
                            changed.add(n.getParameter());
                        }
                        changed.forEach(id -> {
                            timers.follow(SilenceProcedureId.parse(id));
                            live.refresh(SilenceProcedureId.parse(id));
                        });
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    log.warn("Listening for changes of silence procedures failed ({}); listening again shortly", e.toString());
                    pause();
                }
            }
        }
    }

    private void pause() {
        try {
            Thread.sleep(RECONNECT_PAUSE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
