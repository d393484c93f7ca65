package org.plenary.desk;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.Comparator;
import org.plenary.processes.Process;

/**
 * One thing on the desk: its kind, process, id, reference and title, when it is due (a deadline, a closing time,
 * the start of a meeting; none for a letter), where it stands for the reader, and the page that shows it. The
 * counts are the answers received out of those expected, for officers; the place is the delegation's on a
 * speakers' list; {@code at} when a letter was sent; of a sent letter, for officers, how many addressed
 * participants it did not reach and how many of its e-mails failed.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PendingItem(PendingKind kind, String processId, String processCode, String processTitle,
        String timeZone, String id, String reference, String title, Instant due, PendingState state, String href,
        Integer answers, Integer expected, String onlineUrl, String agendaItem, Integer place, Instant at,
        Integer unreached, Integer failed) {

    /** What needs the reader's action first, then the soonest due, then the rest in the order found. */
    public static final Comparator<PendingItem> URGENCY = Comparator
            .comparing((PendingItem i) -> !i.state().needsAction())
            .thenComparing(PendingItem::due, Comparator.nullsLast(Comparator.naturalOrder()));

    /** The same item under {@code title}: its title in another language. */
    PendingItem titled(String title) {
        return new PendingItem(kind, processId, processCode, processTitle, timeZone, id, reference, title, due, state,
                href, answers, expected, onlineUrl, agendaItem, place, at, unreached, failed);
    }

    static Builder of(PendingKind kind, Process process, String id, String title, PendingState state, String href) {
        return new Builder(kind, process, id, title, state, href);
    }

    /** An item with only the fields it has. */
    static final class Builder {
        private final PendingKind kind;
        private final Process process;
        private final String id;
        private final String title;
        private final PendingState state;
        private final String href;
        private String reference;
        private Instant due;
        private Integer answers;
        private Integer expected;
        private String onlineUrl;
        private String agendaItem;
        private Integer place;
        private Instant at;
        private Integer unreached;
        private Integer failed;

        private Builder(PendingKind kind, Process process, String id, String title, PendingState state, String href) {
            this.kind = kind;
            this.process = process;
            this.id = id;
            this.title = title;
            this.state = state;
            this.href = href;
        }

        Builder reference(String value) {
            reference = value;
            return this;
        }

        Builder due(Instant value) {
            due = value;
            return this;
        }

        Builder answers(int received, Integer outOf) {
            answers = received;
            expected = outOf;
            return this;
        }

        Builder onlineUrl(String value) {
            onlineUrl = value;
            return this;
        }

        Builder speaking(String item, int placeOnList) {
            agendaItem = item;
            place = placeOnList;
            return this;
        }

        Builder at(Instant value) {
            at = value;
            return this;
        }

        Builder undelivered(int participants, int emails) {
            unreached = participants;
            failed = emails;
            return this;
        }

        PendingItem build() {
            return new PendingItem(kind, process.id().value().toString(), process.code(), process.title(),
                    process.timeZone().getId(), id, reference, title, due, state, href, answers, expected, onlineUrl,
                    agendaItem, place, at, unreached, failed);
        }
    }
}
