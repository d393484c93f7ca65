package org.plenary.processes;

import java.time.Instant;
import java.util.UUID;

/** An account that serves a process in an office. */
public record Officer(UUID accountId, String username, String displayName, OfficerRole role, Instant appointedAt) {
}
