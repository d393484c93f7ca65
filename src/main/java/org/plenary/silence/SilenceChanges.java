package org.plenary.silence;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Announces that a procedure changed, to every instance: a PostgreSQL NOTIFY sent in the transaction of the
 * change, delivered when, and only when, it commits. Live pages refresh, and every instance arms its timer
 * for the deadline of a procedure just circulated.
 */
@Component
class SilenceChanges {

    static final String CHANNEL = "plenary_silence_changed";

    private final JdbcClient jdbc;

    SilenceChanges(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void announce(SilenceProcedureId procedure) {
        jdbc.sql("select pg_notify(:channel, :procedure)").param("channel", CHANNEL)
                .param("procedure", procedure.toString()).query().singleRow();
    }
}
