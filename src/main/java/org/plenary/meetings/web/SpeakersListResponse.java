package org.plenary.meetings.web;

import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.plenary.meetings.SpeakersListState;
import org.plenary.roster.Category;

/** A speakers' list with the floor and the waiting delegations, numbered in order, and why it was last reordered. */
record SpeakersListResponse(String agendaItem, boolean closed, String timeLimit, Floor floor, List<Waiting> waiting,
        String reorderReason) {

    record Floor(String participantId, String participantName, Instant since, Instant endsAt) {
    }

    record Waiting(int position, String participantId, String participantName, Category category,
            Instant requestedAt) {
    }

    static SpeakersListResponse of(SpeakersListState s) {
        Floor floor = s.floorParticipantId() == null ? null : new Floor(s.floorParticipantId().toString(),
                s.floorParticipantName(), s.floorSince(),
                s.timeLimit() == null ? null : s.floorSince().plus(s.timeLimit()));
        return new SpeakersListResponse(s.agendaItem(), s.closed(),
                s.timeLimit() == null ? null : s.timeLimit().toString(), floor,
                IntStream.range(0, s.waiting().size()).mapToObj(i -> new Waiting(i + 1,
                        s.waiting().get(i).participantId().toString(), s.waiting().get(i).participantName(),
                        s.waiting().get(i).category(), s.waiting().get(i).requestedAt())).toList(),
                s.reorderReason());
    }
}
