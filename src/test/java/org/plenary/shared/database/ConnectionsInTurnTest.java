package org.plenary.shared.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.plenary.PlenaryTest;
import org.springframework.beans.factory.annotation.Value;

/** Connections go to those who asked for them in the order they asked, a pool of one connection on the test database. */
class ConnectionsInTurnTest extends PlenaryTest {

    @Value("${plenary.db.data-dir}")
    private Path dataDir;

    private ConnectionsInTurn inTurn;

    @AfterEach
    void closeThePool() {
        if (inTurn != null) {
            inTurn.close();
        }
    }

    @Test
    void handsTheConnectionToThoseWaitingInTheOrderTheyAskedEvenBeforeOneWhoJustGaveItBack() throws Exception {
        inTurn = poolOfOne(Duration.ofSeconds(20));
        List<String> served = Collections.synchronizedList(new ArrayList<>());
        List<String> asked = new ArrayList<>();
        Connection held = inTurn.getConnection();
        List<Thread> askers = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String name = "asker " + i;
            asked.add(name);
            askers.add(Thread.ofVirtual().start(() -> useOnce(name, served)));
            int queued = i + 1;
            Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> inTurn.waiting() == queued);
        }

        held.close();
        useOnce("the one who gave it back", served);
        for (Thread asker : askers) {
            asker.join(Duration.ofSeconds(20));
        }

        asked.add("the one who gave it back");
        assertThat(served).containsExactlyElementsOf(asked);
    }

    @Test
    void givesATurnBackOnceHoweverOftenItsConnectionIsClosedAndRefusesWhoWaitsTooLong() throws Exception {
        inTurn = poolOfOne(Duration.ofMillis(500));
        Connection closedTwice = inTurn.getConnection();
        closedTwice.close();
        closedTwice.close();

        try (Connection held = inTurn.getConnection()) {
            assertThat(held.isValid(5)).isTrue();
            assertThatThrownBy(inTurn::getConnection).isInstanceOf(SQLTransientConnectionException.class)
                    .hasMessage("No database connection was free within 500 ms");
            assertThat(inTurn.waiting()).isZero();
        }
        try (Connection again = inTurn.getConnection()) {
            assertThat(again.isValid(5)).isTrue();
        }
    }

    private void useOnce(String who, List<String> served) {
        try (Connection connection = inTurn.getConnection()) {
            served.add(who);
            assertThat(connection.isValid(5)).isTrue();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private ConnectionsInTurn poolOfOne(Duration timeout) throws IOException {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl("jdbc:postgresql://localhost:" + jdbc.sql("select inet_server_port()").query(Integer.class)
                .single() + "/postgres");
        config.setUsername("postgres");
        config.setPassword(Files.readString(dataDir.resolve(DatabasePassword.FILE)).strip());
        config.setMaximumPoolSize(1);
        config.setConnectionTimeout(timeout.toMillis());
        return new ConnectionsInTurn(new HikariDataSource(config));
    }
}
