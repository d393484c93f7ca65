package org.plenary.silence;

import java.time.Instant;
import org.plenary.shared.MeetingId;
import org.springframework.modulith.NamedInterface;

/**
 * What an adopted procedure changes by itself: moving a meeting of the process to new dates. An extension of a
 * State's obligation deadline ({@code RECORD_DEADLINE_EXTENSION}) is an effect of a draft, kept with it as a
 * {@link DeadlineExtension}.
 */
@NamedInterface("api")
public record Effect(Type type, MeetingId meeting, Instant start, Instant end) {

    @NamedInterface("api")

    public enum Type {
        RESCHEDULE_MEETING, RECORD_DEADLINE_EXTENSION
    }
}
