package org.plenary.shared.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.plenary.PlenaryTest;
import org.springframework.beans.factory.annotation.Value;

class EmbeddedDatabaseTest extends PlenaryTest {

    @Value("${plenary.db.data-dir}")
    private Path dataDir;

    @Test
    void flushesEveryCommitToDisk() {
        assertThat(jdbc.sql("show fsync").query(String.class).single()).isEqualTo("on");
        assertThat(jdbc.sql("show synchronous_commit").query(String.class).single()).isEqualTo("on");
    }

    @Test
    void refusesAConnectionWithoutThePasswordKeptForTheOwnerOnly() throws Exception {
        Path file = dataDir.resolve(DatabasePassword.FILE);
        String url = "jdbc:postgresql://localhost:" + jdbc.sql("select inet_server_port()").query(Integer.class).single()
                + "/postgres";

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThatThrownBy(() -> DriverManager.getConnection(url, "postgres", null).close())
                .isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> DriverManager.getConnection(url, "postgres", "not-the-password").close())
                .isInstanceOf(SQLException.class).hasMessageContaining("password authentication failed");
        DriverManager.getConnection(url, "postgres", Files.readString(file).strip()).close();
    }
}
