package org.plenary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ApplicationStartsTest extends PlenaryTest {

    @Test
    void servesHealthAndSignsInTheFirstAdministrator() {
        assertThat(api().send("GET", "/actuator/health", null, null).json().get("status").asString()).isEqualTo("UP");
        assertThat(admin().get("/auth/me").json().get("username").asString()).isEqualTo("admin");
    }
}
