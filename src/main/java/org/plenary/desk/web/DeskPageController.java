package org.plenary.desk.web;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.plenary.desk.Desk;
import org.plenary.desk.PendingItem;
import org.plenary.desk.PendingKind;
import org.plenary.meetings.Meeting;
import org.plenary.meetings.Meetings;
import org.plenary.processes.Processes;
import org.plenary.shared.Actor;
import org.plenary.shared.MeetingId;
import org.plenary.shared.web.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The desk: the page a signed-in delegate or officer lands on. Opening it marks the letters shown as seen. A delegate
 * asks for the floor, a point of order or a right of reply on a meeting's item from the desk itself (the meeting's
 * own floor form, answered in place).
 */
@PageController
class DeskPageController {

    private final Desk desk;
    private final Processes processes;
    private final Meetings meetings;
    private final Clock clock;

    DeskPageController(Desk desk, Processes processes, Meetings meetings, Clock clock) {
        this.desk = desk;
        this.processes = processes;
        this.meetings = meetings;
        this.clock = clock;
    }

    @GetMapping("/desk")
    String desk(Model model) {
        List<PendingItem> items = desk.pending();
        model.addAttribute("desk", DeskView.of(items, clock.instant(), floors(items)));
        desk.visited();
        return "desk/desk";
    }

    private Map<String, DeskView.Floor> floors(List<PendingItem> items) {
        Map<String, DeskView.Floor> floors = new HashMap<>();
        if (Actor.current().filter(Actor::delegate).isEmpty()) {
            return floors;
        }
        items.stream().filter(i -> i.kind() == PendingKind.MEETING).forEach(i -> {
            Meeting m = meetings.require(processes.find(i.processCode()).orElseThrow(), MeetingId.parse(i.id()));
            if (!m.agenda().isEmpty()) {
                floors.put(i.id(), new DeskView.Floor(m.agenda(), m.currentItem()));
            }
        });
        return floors;
    }
}
