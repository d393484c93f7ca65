package org.plenary.tmp;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.plenary.PlenaryTest;

class DumpDocTest extends PlenaryTest {
    @Test
    void dump() throws Exception {
        Files.writeString(Path.of("target/api-docs.json"), api().get("/v3/api-docs").text());
    }
}
