package org.plenary.shared.database;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.plenary.PlenaryTest;

class EmbeddedDatabaseTest extends PlenaryTest {

    @Test
    void flushesEveryCommitToDisk() {
        assertThat(jdbc.sql("show fsync").query(String.class).single()).isEqualTo("on");
        assertThat(jdbc.sql("show synchronous_commit").query(String.class).single()).isEqualTo("on");
    }
}
