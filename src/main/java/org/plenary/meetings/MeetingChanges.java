package org.plenary.meetings;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Announces that a meeting changed, to every instance of the application: a PostgreSQL NOTIFY sent in the
 * transaction of the change, so that it is delivered when, and only when, the change is committed.
 */
@Component
class MeetingChanges {

    static final String CHANNEL = "plenary_meeting_changed";

    private final JdbcClient jdbc;

    MeetingChanges(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void announce(MeetingId meeting) {
        jdbc.sql("select pg_notify(:channel, :meeting)").param("channel", CHANNEL)
                .param("meeting", meeting.toString()).query().singleRow();
    }
}
