package org.plenary.meetings.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.plenary.meetings.AskForTheFloor;
import org.plenary.meetings.ManageSpeakersList;
import org.plenary.meetings.MeetingId;
import org.plenary.meetings.ReorderSpeakersList;
import org.plenary.meetings.WithdrawFromList;
import org.plenary.meetings.web.MeetingPageForms.FloorForm;
import org.plenary.meetings.web.MeetingPageForms.ReorderForm;
import org.plenary.processes.Process;
import org.plenary.processes.Processes;
import org.plenary.shared.DomainException;
import org.plenary.shared.ForbiddenException;
import org.plenary.shared.InvalidInputException;
import org.plenary.shared.web.Form;
import org.plenary.shared.web.Notice;
import org.plenary.shared.web.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The meetings of a process and the page of each, where delegations ask for the floor and the chair gives it. */
@PageController
class MeetingPagesController {

    /** The chair's actions, each with the notice that confirms it. */
    static final Map<String, String> CHAIR_ACTIONS = Map.of("current", "meeting.chair.current",
            "close", "meeting.chair.close", "reopen", "meeting.chair.reopen", "limit", "meeting.chair.limit",
            "floor", "meeting.chair.floor");

    private final Processes processes;
    private final AskForTheFloor ask;
    private final WithdrawFromList withdraw;
    private final ManageSpeakersList manage;
    private final MeetingViews views;
    private final ReorderSpeakersList reorder;

    MeetingPagesController(Processes processes, AskForTheFloor ask, WithdrawFromList withdraw,
            ManageSpeakersList manage, MeetingViews views, ReorderSpeakersList reorder) {
        this.processes = processes;
        this.reorder = reorder;
        this.views = views;
        this.ask = ask;
        this.withdraw = withdraw;
        this.manage = manage;
    }

    @GetMapping("/processes/{code}/meetings")
    String list(@PathVariable String code, Model model) {
        return views.list(processes.require(code), Form.of(MeetingViews.EMPTY_MEETING), model);
    }

    @GetMapping("/processes/{code}/meetings/{id}")
    String meeting(@PathVariable String code, @PathVariable String id,
            @RequestParam(required = false) String version, Model model) {
        return views.meeting(processes.require(code), MeetingId.parse(id), null, version, model);
    }

    @PostMapping("/processes/{code}/meetings/{id}/floor")
    String floor(@PathVariable String code, @PathVariable String id, FloorForm form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        Process process = processes.require(code);
        MeetingId meeting = MeetingId.parse(id);
        try {
            if ("withdraw".equals(form.action())) {
                withdraw.execute(code, meeting, form.agendaItem());
                Notice.send(redirect, "meeting.floor.withdrawn", form.agendaItem());
            } else {
                String label = ask.execute(new AskForTheFloor.Command(code, meeting, form.agendaItem()));
                Notice.send(redirect, "meeting.floor.asked", label);
            }
        } catch (ForbiddenException e) {
            throw e;
        } catch (DomainException e) {
            return refused("floorForm", Form.refused(form, e, response), process, meeting, model);
        }
        return "redirect:/processes/" + process.code() + "/meetings/" + meeting;
    }

    @PostMapping("/processes/{code}/meetings/{id}/chair")
    String chair(@PathVariable String code, @PathVariable String id, FloorForm form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        Process process = processes.require(code);
        MeetingId meeting = MeetingId.parse(id);
        String action = form.action() == null ? "" : form.action();
        try {
            if (!CHAIR_ACTIONS.containsKey(action)) {
                throw InvalidInputException.of("action", "The chair's action is one of " + CHAIR_ACTIONS.keySet());
            }
            manage.execute(new ManageSpeakersList.Command(code, meeting, form.agendaItem(),
                    action.equals("current") ? Boolean.TRUE : null,
                    switch (action) {
                        case "close" -> Boolean.TRUE;
                        case "reopen" -> Boolean.FALSE;
                        default -> null;
                    },
                    action.equals("limit") && form.limitMinutes() != null ? Duration.ofMinutes(form.limitMinutes())
                            : null,
                    action.equals("floor") ? participant(form.participant()) : null));
        } catch (ForbiddenException e) {
            throw e;
        } catch (DomainException e) {
            return refused("floorForm", Form.refused(form, e, response), process, meeting, model);
        }
        Notice.send(redirect, CHAIR_ACTIONS.get(action), form.agendaItem());
        return "redirect:/processes/" + process.code() + "/meetings/" + meeting;
    }

    /**
     * The chair's new order of a list: each waiting delegation with the position typed beside it (ties keep the
     * order shown), and the reason.
     */
    @PostMapping("/processes/{code}/meetings/{id}/reorder")
    String reorder(@PathVariable String code, @PathVariable String id, @RequestParam String agendaItem,
            @RequestParam(defaultValue = "") List<String> participants,
            @RequestParam(defaultValue = "") List<Integer> positions, @RequestParam(required = false) String reason,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Process process = processes.require(code);
        MeetingId meeting = MeetingId.parse(id);
        ReorderForm form = new ReorderForm(agendaItem, participants, positions, reason);
        try {
            if (participants.size() != positions.size() || positions.contains(null)) {
                throw InvalidInputException.of("positions", "Give each waiting delegation a position");
            }
            List<UUID> order = IntStream.range(0, participants.size()).boxed()
                    .sorted(Comparator.comparing(positions::get)).map(i -> participant(participants.get(i))).toList();
            reorder.execute(new ReorderSpeakersList.Command(code, meeting, agendaItem, order, reason));
        } catch (ForbiddenException e) {
            throw e;
        } catch (DomainException e) {
            return refused("reorderForm", Form.refused(form, e, response), process, meeting, model);
        }
        Notice.send(redirect, "meeting.chair.reordered", agendaItem);
        return "redirect:/processes/" + process.code() + "/meetings/" + meeting;
    }

    /** The meeting's page again, with the refused form under {@code name}: its reason and what was entered. */
    private String refused(String name, Form<?> form, Process process, MeetingId meeting, Model model) {
        model.addAttribute(name, form);
        return views.meeting(process, meeting, null, model);
    }

    private static UUID participant(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw InvalidInputException.of("participant", "Choose a delegation on the list");
        }
    }
}
