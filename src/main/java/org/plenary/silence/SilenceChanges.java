package org.plenary.silence;

import org.plenary.shared.database.ChangeAnnouncer;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Announces that a procedure changed, to every instance: a PostgreSQL NOTIFY sent when, and only when, the
 * transaction of the change has committed ({@link ChangeAnnouncer}). Live pages refresh, and every instance arms its timer
 * for the deadline of a procedure just circulated.
 */
@Component
class SilenceChanges {

    static final String CHANNEL = "plenary_silence_changed";

    private final ChangeAnnouncer announcer;

    SilenceChanges(ChangeAnnouncer announcer) {
        this.announcer = announcer;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void announce(SilenceProcedureId procedure) {
        announcer.announce(CHANNEL, procedure.toString());
    }
}
