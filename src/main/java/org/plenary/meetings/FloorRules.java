package org.plenary.meetings;

import java.util.List;
import java.util.Optional;
import org.plenary.roster.Category;
import org.plenary.shared.ConflictException;
import org.plenary.shared.Verdict;

/**
 * The rules of the floor on an agenda item, in one place. Who may ask for what: any delegation for a statement,
 * a State Party for a point of order, a State (not an organisation) for a right of reply. In which order the chair
 * gives the floor: points of order first, by time of request; then the list of speakers; rights of reply at the
 * end of the item, once nobody waits on the list, by time of request.
 */
final class FloorRules {

    /** A waiting request: the delegation and what it asked the floor for. */
    public record Request(Speaker speaker, InterventionKind kind) {
    }

    /** The order in which the chair hears what delegations asked for. */
    static final List<InterventionKind> ORDER = List.of(InterventionKind.POINT_OF_ORDER, InterventionKind.STATEMENT,
            InterventionKind.RIGHT_OF_REPLY);

    private FloorRules() {
    }

    static Verdict mayAsk(InterventionKind kind, Category category) {
        return switch (kind) {
            case STATEMENT -> Verdict.ALLOWED;
            case POINT_OF_ORDER -> category == Category.STATE_PARTY ? Verdict.ALLOWED
                    : Verdict.refused("Only States Parties may raise a point of order")
                            .withKey("refusal.meeting.onlyPartiesPointOfOrder");
            case RIGHT_OF_REPLY -> category != Category.OBSERVER_ORGANISATION ? Verdict.ALLOWED
                    : Verdict.refused("Only States may ask for a right of reply")
                            .withKey("refusal.meeting.onlyStatesReply");
        };
    }

    /** Refuses (409) to give the floor on {@code kind} while what comes before it still waits. */
    static void checkTurn(InterventionKind kind, SpeakersListState list) {
        if (kind != InterventionKind.POINT_OF_ORDER && !list.pointsOfOrder().isEmpty()) {
            throw new ConflictException("A point of order is waiting on item " + list.agendaItem()
                    + "; it is heard before the list of speakers").withKey("refusal.meeting.pointOfOrderFirst",
                    list.agendaItem());
        }
        if (kind == InterventionKind.RIGHT_OF_REPLY && !list.waiting().isEmpty()) {
            throw new ConflictException("Rights of reply on item " + list.agendaItem()
                    + " are heard at the end of the item, once nobody waits on the list of speakers")
                    .withKey("refusal.meeting.replyAtTheEnd", list.agendaItem());
        }
    }

    /** Who speaks next: the earliest point of order, else the first on the list, else the earliest right of reply. */
    public static Optional<Request> next(SpeakersListState list) {
        return ORDER.stream().filter(kind -> !list.of(kind).isEmpty())
                .map(kind -> new Request(list.of(kind).getFirst(), kind)).findFirst();
    }
}
