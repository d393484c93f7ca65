package org.plenary.meetings;

import java.util.Set;
import org.plenary.shared.MeetingId;
import org.plenary.shared.database.ChangeChannel;
import org.springframework.stereotype.Component;

/**
 * The changes of meetings that any instance announces ({@link MeetingChanges}): on every instance the live views
 * of those meetings are refreshed. When listening (re)starts, every watched meeting is refreshed, in case it
 * changed while no connection listened.
 */
@Component
class MeetingChannel implements ChangeChannel {

    private final LiveMeetings live;

    MeetingChannel(LiveMeetings live) {
        this.live = live;
    }

    @Override
    public String channel() {
        return MeetingChanges.CHANNEL;
    }

    @Override
    public void changed(Set<String> payloads) {
        payloads.forEach(id -> live.refresh(MeetingId.parse(id)));
    }

    @Override
    public void listening() {
        live.refreshAll();
    }
}
