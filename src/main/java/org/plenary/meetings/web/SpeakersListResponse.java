package org.plenary.meetings.web;

import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.plenary.meetings.InterventionKind;
import org.plenary.meetings.Speaker;
import org.plenary.meetings.SpeakersListState;
import org.plenary.roster.Category;

/**
 * A speakers' list with the floor (and what it was given for), the points of order waiting (heard first), the
 * delegations waiting on the list, numbered in order, the rights of reply waiting (heard at the end of the item),
 * and why the list was last reordered.
 */
record SpeakersListResponse(String agendaItem, boolean closed, String timeLimit, Floor floor,
        List<Waiting> pointsOfOrder, List<Waiting> waiting, List<Waiting> rightsOfReply, String reorderReason) {

    record Floor(String participantId, String participantName, InterventionKind kind, Instant since,
            Instant endsAt) {
    }

    record Waiting(int position, String participantId, String participantName, Category category,
            Instant requestedAt) {
    }

    static SpeakersListResponse of(SpeakersListState s) {
        Floor floor = s.floorParticipantId() == null ? null : new Floor(s.floorParticipantId().toString(),
                s.floorParticipantName(), s.floorKind(), s.floorSince(), s.floorEndsAt());
        return new SpeakersListResponse(s.agendaItem(), s.closed(), s.timeLimit().toString(), floor,
                numbered(s.pointsOfOrder()), numbered(s.waiting()), numbered(s.replies()), s.reorderReason());
    }

    private static List<Waiting> numbered(List<Speaker> speakers) {
        return IntStream.range(0, speakers.size()).mapToObj(i -> new Waiting(i + 1,
                speakers.get(i).participantId().toString(), speakers.get(i).participantName(),
                speakers.get(i).category(), speakers.get(i).requestedAt())).toList();
    }
}
