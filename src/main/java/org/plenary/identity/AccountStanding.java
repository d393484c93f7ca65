package org.plenary.identity;

import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Whether an account may act now (not deactivated): read at every sign-in and API call, so that it counts at once. */
@Component
class AccountStanding {

    private final JdbcClient jdbc;

    AccountStanding(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean active(UUID account) {
        return jdbc.sql("select deactivated_at is null from account where id = :id").param("id", account)
                .query(Boolean.class).optional().orElse(false);
    }
}
