package org.plenary.consultations;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * What one participant currently says in a consultation: a position per element it takes a stance on, the
 * missing elements it proposes, its answers, and, for a group statement, the group and its members. It is
 * written first ({@link #first}) and then replaced as a whole ({@link #replacedBy}), each time as its next version;
 * a position on the same element and the missing element at the same place keep their identity, which a revised
 * draft may cite.
 */
public final class Submission {

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

    /** What a participant says, checked against its consultation; the ids of positions and missing elements are new. */
    record Views(Group group, List<Position> positions, List<Missing> missing, List<Answer> answers) {
    }

    private final UUID id;
    private final UUID participant;
    private final String participantName;
    private final Group group;
    private final List<Position> positions;
    private final List<Missing> missing;
    private final List<Answer> answers;
    private final int version;
    private final Instant submittedAt;
    private final String submittedBy;

    /** A submission as it is stored. */
    Submission(UUID id, UUID participant, String participantName, Group group, List<Position> positions,
            List<Missing> missing, List<Answer> answers, int version, Instant submittedAt, String submittedBy) {
        if (version < 1) {
            throw new IllegalArgumentException("A submission's first version is 1, not " + version);
        }
        this.id = id;
        this.participant = participant;
        this.participantName = participantName;
        this.group = group;
        this.positions = List.copyOf(positions);
        this.missing = List.copyOf(missing);
        this.answers = List.copyOf(answers);
        this.version = version;
        this.submittedAt = submittedAt;
        this.submittedBy = submittedBy;
    }

    /** The participant's first views, version 1. */
    static Submission first(UUID participant, Views views, Instant at, String by) {
        return new Submission(UUID.randomUUID(), participant, null, views.group(), views.positions(),
                views.missing(), views.answers(), 1, at, by);
    }

    /** This submission replaced by {@code views}, as its next version. */
    Submission replacedBy(Views views, Instant at, String by) {
        Map<String, UUID> byElement = positions.stream().collect(Collectors.toMap(Position::element, Position::id));
        List<Position> kept = views.positions().stream().map(p -> new Position(
                byElement.getOrDefault(p.element(), p.id()), p.element(), p.stance(), p.proposedText(), p.comment()))
                .toList();
        List<Missing> placed = new ArrayList<>();
        for (int i = 0; i < views.missing().size(); i++) {
            Missing m = views.missing().get(i);
            placed.add(new Missing(i < missing.size() ? missing.get(i).id() : m.id(), m.text(), m.after()));
        }
        return new Submission(id, participant, participantName, views.group(), kept, placed, views.answers(),
                version + 1, at, by);
    }

    /** Whether this version is the first, which no earlier one precedes in the store. */
    boolean isFirst() {
        return version == 1;
    }

    public UUID id() {
        return id;
    }

    public UUID participant() {
        return participant;
    }

    public String participantName() {
        return participantName;
    }

    public Group group() {
        return group;
    }

    public List<Position> positions() {
        return positions;
    }

    public List<Missing> missing() {
        return missing;
    }

    public List<Answer> answers() {
        return answers;
    }

    public int version() {
        return version;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public String submittedBy() {
        return submittedBy;
    }
}
