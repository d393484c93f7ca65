package org.plenary.meetings;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A speakers' list as the room sees it: open or closed, the time limit, who has the floor, who waits, and why the
 * chair last reordered it (null if never).
 */
public record SpeakersListState(String agendaItem, boolean closed, Duration timeLimit, UUID floorParticipantId,
        String floorParticipantName, Instant floorSince, List<Speaker> waiting, String reorderReason) {
}
