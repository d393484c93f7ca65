package org.plenary.meetings.web;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.plenary.shared.InvalidInputException;

/**
 * The forms of a meeting's page besides its agenda, as entered: answered again with the reason when the
 * operation refuses them, so that nothing typed is lost (a chosen file excepted: browsers never refill one).
 */
public final class MeetingPageForms {

    private MeetingPageForms() {
    }

    /** A written statement on an item: the file comes as its own part of the request. */
    public record StatementForm(String agendaItem, String title, String language) {

        static final StatementForm EMPTY = new StatementForm(null, "", null);
    }

    /** A document of the process to file under an item. */
    public record FilingForm(String document, String agendaItem) {

        static final FilingForm EMPTY = new FilingForm(null, null);
    }

    /**
     * A delegation's request on an item: ask (for the floor), pointOfOrder, reply, or withdraw one of them
     * (withdraw, withdrawPointOfOrder, withdrawReply).
     */
    public record FloorForm(String agendaItem, String action) {

        static final FloorForm EMPTY = new FloorForm(null, null);

        /** Whether this form acted on {@code item}'s list. */
        public boolean of(String item) {
            return item.equals(agendaItem);
        }
    }

    /** The chair's new order of a list: each waiting delegation with the position typed beside it, and why. */
    public record ReorderForm(String agendaItem, List<String> participants, List<Integer> positions, String reason) {

        static final ReorderForm EMPTY = new ReorderForm(null, List.of(), List.of(), "");

        public ReorderForm {
            participants = participants == null ? List.of() : participants;
            positions = positions == null ? List.of() : positions;
        }

        /** Whether this form is the one of {@code item}'s list. */
        public boolean of(String item) {
            return item.equals(agendaItem);
        }

        /** The delegations by the positions typed (ties keep the order shown). */
        List<UUID> order() {
            if (participants.size() != positions.size() || positions.contains(null)) {
                throw InvalidInputException.of("positions", "Give each waiting delegation a position");
            }
            return IntStream.range(0, participants.size()).boxed().sorted(Comparator.comparing(positions::get))
                    .map(i -> participant(participants.get(i))).toList();
        }

        private static UUID participant(String id) {
            try {
                return UUID.fromString(id);
            } catch (IllegalArgumentException | NullPointerException e) {
                throw InvalidInputException.of("participant", "Choose a delegation on the list");
            }
        }

        /** The position typed for {@code participant}, or {@code shown} (its place on the list) if none was. */
        public int positionOf(UUID participant, int shown) {
            int index = participants.indexOf(participant.toString());
            return index >= 0 && index < positions.size() && positions.get(index) != null ? positions.get(index) : shown;
        }
    }
}
