package org.plenary.meetings;

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
 * Listens on one database connection for the meeting changes that any instance announces, and has the live
 * views of this instance refreshed. A lost connection is reopened after a pause.
 */
@Component
class MeetingChangeListener implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(MeetingChangeListener.class);
    private static final int WAIT_MILLIS = 500;
    private static final Duration RECONNECT_PAUSE = Duration.ofSeconds(2);

    private final DataSource dataSource;
    private final LiveMeetings live;
    private volatile boolean running;
    private Thread thread;

    MeetingChangeListener(DataSource dataSource, LiveMeetings live) {
        this.dataSource = dataSource;
        this.live = live;
    }

    @Override
    public void start() {
        running = true;
        thread = Thread.ofPlatform().daemon().name("meeting-changes").start(this::listen);
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
                statement.execute("LISTEN " + MeetingChanges.CHANNEL);
                PGConnection pg = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] notifications = pg.getNotifications(WAIT_MILLIS);
                    if (notifications != null && notifications.length > 0) {
                        Set<String> meetings = new LinkedHashSet<>();
                        for (PGNotification n : notifications) {
                            meetings.add(n.getParameter());
                        }
                        meetings.forEach(id -> live.refresh(MeetingId.parse(id)));
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    log.warn("Listening for meeting changes failed ({}); listening again shortly", e.toString());
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
