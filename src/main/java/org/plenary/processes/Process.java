package org.plenary.processes;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * A conference cycle: its code ({@code CCM-2RC}), the treaty whose statuses decide who is what, the time
 * zone its deadlines are given in, its languages and the minimum period of a silence procedure.
 */
public record Process(ProcessId id, String code, String title, String treaty, ZoneId timeZone,
        List<String> languages, Duration silenceMinimumPeriod, Instant createdAt) {
}
