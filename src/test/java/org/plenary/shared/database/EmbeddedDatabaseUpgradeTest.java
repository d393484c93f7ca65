package org.plenary.shared.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A data directory made before passwords (every local connection trusted) keeps its data and gets a password. */
class EmbeddedDatabaseUpgradeTest {

    @TempDir
    Path dataDir;

    @Test
    void requiresThePasswordFromTheNextStartOnAndKeepsTheData() throws Exception {
        try (EmbeddedPostgres trusting = EmbeddedPostgres.builder().setDataDirectory(dataDir.resolve("postgres"))
                .setCleanDataDirectory(false).start();
                Connection connection = trusting.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("create table kept (word text); insert into kept values ('before')");
        }

        for (int start = 1; start <= 2; start++) {
            try (EmbeddedDatabase database = EmbeddedDatabase.start(dataDir)) {
                assertThatThrownBy(() -> DriverManager.getConnection(database.jdbcUrl()).close())
                        .isInstanceOf(SQLException.class);
                try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), "postgres",
                        database.password());
                        ResultSet kept = connection.createStatement().executeQuery("select word from kept")) {
                    assertThat(kept.next()).isTrue();
                    assertThat(kept.getString(1)).isEqualTo("before");
                }
            }
        }
    }
}
