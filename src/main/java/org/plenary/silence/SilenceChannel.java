package org.plenary.silence;

import java.util.Set;
import org.plenary.shared.database.ChangeChannel;
import org.springframework.stereotype.Component;

/**
 * The changes of procedures that any instance announces ({@link SilenceChanges}): on every instance the live
 * pages are refreshed and the deadline timers follow. When listening (re)starts, the timers of every open
 * procedure are armed from the database, in case one was circulated while no connection listened.
 */
@Component
class SilenceChannel implements ChangeChannel {

    private final LiveProcedures live;
    private final DeadlineTimers timers;

    SilenceChannel(LiveProcedures live, DeadlineTimers timers) {
        this.live = live;
        this.timers = timers;
    }

    @Override
    public String channel() {
        return SilenceChanges.CHANNEL;
    }

    @Override
    public void changed(Set<String> payloads) {
        payloads.forEach(id -> {
            timers.follow(SilenceProcedureId.parse(id));
            live.refresh(SilenceProcedureId.parse(id));
        });
    }

    @Override
    public void listening() {
        timers.armOpen();
    }
}
