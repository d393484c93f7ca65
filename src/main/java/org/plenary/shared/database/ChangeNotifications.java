package org.plenary.shared.database;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Listens on one database connection to every {@link ChangeChannel} and hands each its payloads, so that a change
 * committed on any instance reaches every instance. The connection is its own, outside the pool: it is held for as
 * long as the instance runs, and would otherwise leave the requests one connection fewer. A lost connection is
 * reopened after a pause, and each channel is told that listening starts again.
 */
@Component
public class ChangeNotifications implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ChangeNotifications.class);
    private static final int WAIT_MILLIS = 500;
    private static final Duration RECONNECT_PAUSE = Duration.ofSeconds(2);

    private final HikariDataSource pool;
    private final Map<String, ChangeChannel> channels;
    private volatile boolean running;
    private Thread thread;

    ChangeNotifications(DataSource dataSource, List<ChangeChannel> channels) {
        this.pool = unwrap(dataSource);
        this.channels = channels.stream().collect(Collectors.toMap(ChangeChannel::channel, Function.identity()));
    }

    @Override
    public void start() {
        running = true;
        if (!channels.isEmpty()) {
            thread = Thread.ofPlatform().daemon().name("change-notifications").start(this::listen);
        }
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
            try (Connection connection = ownConnection(); Statement statement = connection.createStatement()) {
                connection.setAutoCommit(true);
                for (String channel : channels.keySet()) {
                    statement.execute("LISTEN " + channel);
                }
                channels.values().forEach(ChangeChannel::listening);
                PGConnection pg = connection.unwrap(PGConnection.class);
                while (running) {
                    deliver(pg.getNotifications(WAIT_MILLIS));
                }
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    log.warn("Listening for changes failed ({}); listening again shortly", e.toString());
                    pause();
                }
            }
        }
    }

    private static HikariDataSource unwrap(DataSource dataSource) {
        try {
            return dataSource.unwrap(HikariDataSource.class);
        } catch (SQLException e) {
            throw new IllegalStateException("Plenary's data source is a HikariCP pool", e);
        }
    }

    private Connection ownConnection() throws SQLException {
        return DriverManager.getConnection(pool.getJdbcUrl(), pool.getUsername(), pool.getPassword());
    }

    private void deliver(PGNotification[] notifications) {
        if (notifications == null || notifications.length == 0) {
            return;
        }
        Map<String, Set<String>> byChannel = new LinkedHashMap<>();
        for (PGNotification n : notifications) {
            byChannel.computeIfAbsent(n.getName(), c -> new LinkedHashSet<>()).add(n.getParameter());
        }
        byChannel.forEach((channel, payloads) -> {
            ChangeChannel handler = channels.get(channel);
            if (handler != null) {
                handler.changed(payloads);
            }
        });
    }

    private void pause() {
        try {
            Thread.sleep(RECONNECT_PAUSE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
