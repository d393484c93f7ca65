package org.plenary.meetings;

import org.plenary.shared.MeetingId;
import org.plenary.shared.database.ChangeAnnouncer;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Announces that a meeting changed, to every instance of the application: a PostgreSQL NOTIFY sent when, and
 * only when, the transaction of the change has committed ({@link ChangeAnnouncer}).
 */
@Component
class MeetingChanges {

    static final String CHANNEL = "plenary_meeting_changed";

    private final ChangeAnnouncer announcer;

    MeetingChanges(ChangeAnnouncer announcer) {
        this.announcer = announcer;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void announce(MeetingId meeting) {
        announcer.announce(CHANNEL, meeting.toString());
    }
}
