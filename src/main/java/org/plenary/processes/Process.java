package org.plenary.processes;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.springframework.modulith.NamedInterface;

/**
 * A conference cycle: its code ({@code CCM-2RC}), the treaty whose statuses decide who is what, the time
 * zone its deadlines are given in, its languages and the minimum period of a silence procedure.
 */
@NamedInterface("api")
public record Process(ProcessId id, String code, String title, String treaty, ZoneId timeZone,
        List<String> languages, Duration silenceMinimumPeriod, Instant createdAt) {

    /** The six official languages of the United Nations, those a process (and a contact) may use. */
    public static final Set<String> LANGUAGES = Set.of("ar", "zh", "en", "fr", "ru", "es");
}
