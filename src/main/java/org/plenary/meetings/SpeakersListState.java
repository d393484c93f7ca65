package org.plenary.meetings;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A speakers' list as the room sees it: open or closed, the time limit of an intervention (three minutes until
 * the chair sets another), who has the floor since when and on what, the points of order waiting (heard first),
 * who waits on the list, the rights of reply waiting (heard at the end), and why the chair last reordered the list
 * (null if never).
 */
public record SpeakersListState(String agendaItem, boolean closed, Duration timeLimit, UUID floorParticipantId,
        String floorParticipantName, Instant floorSince, InterventionKind floorKind, List<Speaker> pointsOfOrder,
        List<Speaker> waiting, List<Speaker> replies, String reorderReason) {

    /** The time limit of an intervention before the chair sets one, as the chair's form proposes it. */
    public static final Duration DEFAULT_TIME_LIMIT = Duration.ofMinutes(3);

    /** When the intervention of the delegation that has the floor reaches its time limit (null if nobody has it). */
    public Instant floorEndsAt() {
        return floorSince == null ? null : floorSince.plus(timeLimit);
    }

    /** Who waits to be heard on {@code kind}. */
    public List<Speaker> of(InterventionKind kind) {
        return switch (kind) {
            case POINT_OF_ORDER -> pointsOfOrder;
            case STATEMENT -> waiting;
            case RIGHT_OF_REPLY -> replies;
        };
    }
}
