package org.plenary.consultations;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What one participant currently says in a consultation: a position per element it takes a stance on, the
 * missing elements it proposes, its answers, and, for a group statement, the group and its members.
 */
public record Submission(UUID id, UUID participant, String participantName, Group group, List<Position> positions,
        List<Missing> missing, List<Answer> answers, int version, Instant submittedAt, String submittedBy) {

    /** A statement on behalf of a group ({@code European Union}), naming its member participants. */
    public record Group(String name, List<Member> members) {
    }

    public record Member(UUID participant, String name) {
    }

    public record Position(UUID id, String element, Stance stance, String proposedText, String comment) {
    }

    /** A missing element proposed, with the element it would follow ({@code after}), if said. */
    public record Missing(UUID id, String text, String after) {
    }

    public record Answer(String question, String text) {
    }
}
