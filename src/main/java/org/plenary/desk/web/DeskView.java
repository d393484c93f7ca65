package org.plenary.desk.web;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.plenary.desk.PendingItem;
import org.plenary.desk.PendingKind;
import org.plenary.meetings.AgendaItem;
import org.plenary.desk.PendingState;
import org.plenary.shared.web.Texts;

/**
 * The desk as its page shows it: the items grouped by process (the process of the most urgent item first), and
 * how long is left before each is due, as people say it ("2 days 4 hours").
 */
public record DeskView(Map<String, List<PendingItem>> byProcess, Instant now, Map<String, Floor> floors) {

    /** What a delegate may ask the floor on from the desk: a meeting's agenda and the item in hand, if any. */
    public record Floor(List<AgendaItem> agenda, String current) {
    }

    static DeskView of(List<PendingItem> items, Instant now, Map<String, Floor> floors) {
        Map<String, List<PendingItem>> byProcess = new LinkedHashMap<>();
        items.forEach(i -> byProcess.computeIfAbsent(i.processCode(), code -> new ArrayList<>()).add(i));
        return new DeskView(byProcess, now, floors);
    }

    /** The floor form of a meeting on the desk, or null when none is shown (not a meeting, or no agenda yet). */
    public Floor floor(PendingItem item) {
        return item.kind() == PendingKind.MEETING ? floors.get(item.id()) : null;
    }

    public boolean empty() {
        return byProcess.isEmpty();
    }

    /** "Ends in 2 days 4 hours" (with the words of its kind: closes, starts, opens), or "now" once passed. */
    public String timeLeft(Texts t, PendingItem item) {
        Duration left = Duration.between(now, item.due());
        if (left.isNegative() || left.isZero()) {
            return t.get("desk.due.now");
        }
        String lead = t.get(item.state() == PendingState.OPENS_LATER ? "desk.due.opens"
                : "desk.due." + item.kind().name());
        long days = left.toDays();
        int hours = left.toHoursPart();
        int minutes = left.toMinutesPart();
        String span = days > 0 ? t.get("desk.span.daysHours", days, hours)
                : hours > 0 ? t.get("desk.span.hoursMinutes", hours, minutes) : t.get("desk.span.minutes", minutes);
        return t.get("desk.due.in", lead, span);
    }

    /** The item's due time in the process's time zone, with the zone named. */
    public String dueAt(Texts t, PendingItem item) {
        return t.dateTime(item.due(), ZoneId.of(item.timeZone()));
    }
}
