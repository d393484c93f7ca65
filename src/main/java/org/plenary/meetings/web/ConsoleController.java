package org.plenary.meetings.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.plenary.meetings.InterventionKind;
import org.plenary.meetings.ManageSpeakersList;
import org.plenary.meetings.ReorderSpeakersList;
import org.plenary.meetings.web.MeetingPageForms.ReorderForm;
import org.plenary.processes.Process;
import org.plenary.processes.ProcessId;
import org.plenary.roster.ParticipantId;
import org.plenary.shared.DomainException;
import org.plenary.shared.ForbiddenException;
import org.plenary.shared.InvalidInputException;
import org.plenary.shared.MeetingId;
import org.plenary.shared.web.Form;
import org.plenary.shared.web.Page;
import org.plenary.shared.web.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * The chair's console of a meeting: one screen with the item in hand, who has the floor with the timer, the points
 * of order, the list of speakers and the rights of reply. Each action answers htmx with only the fragments it
 * changed and a spoken status; without JavaScript, the whole console again.
 */
@PageController
class ConsoleController {

    private final ConsoleViews views;
    private final ManageSpeakersList manage;
    private final ReorderSpeakersList reorder;

    ConsoleController(ConsoleViews views, ManageSpeakersList manage, ReorderSpeakersList reorder) {
        this.views = views;
        this.manage = manage;
        this.reorder = reorder;
    }

    @GetMapping("/processes/{code}/meetings/{id}/console")
    String page(@PathVariable ProcessId code, @PathVariable String id, @RequestParam(required = false) String item,
            Model model) {
        model.addAttribute("console", views.view(code, MeetingId.parse(id), item));
        if (!model.containsAttribute("status")) {
            model.addAttribute("status", null);
        }
        return "meetings/console";
    }

    /** The speakers' lists of the item alone, which the console fetches again when the meeting changes. */
    @GetMapping("/processes/{code}/meetings/{id}/console/list")
    String list(@PathVariable ProcessId code, @PathVariable String id, @RequestParam String item, Model model) {
        model.addAttribute("console", views.view(code, MeetingId.parse(id), item));
        model.addAttribute("oob", false);
        return "meetings/consoleList";
    }

    @GetMapping("/processes/{code}/meetings/{id}/console/reorder")
    String reorderForm(@PathVariable ProcessId code, @PathVariable String id, @RequestParam String item, Model model) {
        ConsoleView console = views.view(code, MeetingId.parse(id), item);
        model.addAttribute("console", console);
        model.addAttribute("form", Form.of(new ReorderForm(console.item().label(), List.of(), List.of(), "")));
        model.addAttribute("open", true);
        model.addAttribute("oob", false);
        return "meetings/consoleReorder";
    }

    @PostMapping("/processes/{code}/meetings/{id}/console/current")
    String takeUp(@PathVariable ProcessId code, @PathVariable String id, @RequestParam String agendaItem,
            Model model, HttpServletRequest request, HttpServletResponse response) {
        return act(code, id, agendaItem, ConsoleAnswer.Part.ITEM, model, request, response,
                () -> manage.execute(new ManageSpeakersList.Command(code, MeetingId.parse(id), agendaItem,
                        Boolean.TRUE, null, null, null)),
                (t, c) -> t.get("meeting.chair.current", c.item().label()));
    }

    @PostMapping("/processes/{code}/meetings/{id}/console/floor")
    String floor(@PathVariable ProcessId code, @PathVariable String id, @RequestParam String agendaItem,
            @RequestParam(name = "request", required = false) String waiting, Model model, HttpServletRequest request,
            HttpServletResponse response) {
        return act(code, id, agendaItem, ConsoleAnswer.Part.FLOOR, model, request, response,
                () -> manage.execute(new ManageSpeakersList.Command(code, MeetingId.parse(id), agendaItem, null, null,
                        null, waiting == null || waiting.isBlank() ? ManageSpeakersList.Floor.NEXT : floor(waiting))),
                (t, c) -> t.get("console.given", c.list().floorParticipantName(), t.label(c.list().floorKind())));
    }

    @PostMapping("/processes/{code}/meetings/{id}/console/list")
    String closeOrReopen(@PathVariable ProcessId code, @PathVariable String id, @RequestParam String agendaItem,
            @RequestParam boolean closed, Model model, HttpServletRequest request, HttpServletResponse response) {
        return act(code, id, agendaItem, ConsoleAnswer.Part.LIST, model, request, response,
                () -> manage.execute(new ManageSpeakersList.Command(code, MeetingId.parse(id), agendaItem, null,
                        closed, null, null)),
                (t, c) -> t.get(closed ? "meeting.chair.close" : "meeting.chair.reopen", c.item().label()));
    }

    @PostMapping("/processes/{code}/meetings/{id}/console/limit")
    String limit(@PathVariable ProcessId code, @PathVariable String id, @RequestParam String agendaItem,
            @RequestParam(required = false) Integer limitMinutes, Model model, HttpServletRequest request,
            HttpServletResponse response) {
        return act(code, id, agendaItem, ConsoleAnswer.Part.FLOOR, model, request, response, () -> {
            if (limitMinutes == null) {
                throw InvalidInputException.of("limitMinutes", "The time limit in minutes is required");
            }
            manage.execute(new ManageSpeakersList.Command(code, MeetingId.parse(id), agendaItem, null, null,
                    Duration.ofMinutes(limitMinutes), null));
        }, (t, c) -> t.get("console.limitSet", t.duration(c.list().timeLimit())));
    }

    /** The new order: each waiting delegation with the position typed beside it (ties keep the order shown). */
    @PostMapping("/processes/{code}/meetings/{id}/console/reorder")
    String reorder(@PathVariable ProcessId code, @PathVariable String id, @RequestParam String agendaItem,
            @RequestParam(defaultValue = "") List<String> participants,
            @RequestParam(defaultValue = "") List<Integer> positions, @RequestParam(required = false) String reason,
            Model model, HttpServletRequest request, HttpServletResponse response) {
        ReorderForm form = new ReorderForm(agendaItem, participants, positions, reason);
        model.addAttribute("form", Form.of(form));
        return act(code, id, agendaItem, ConsoleAnswer.Part.REORDER, model, request, response,
                () -> reorder.execute(new ReorderSpeakersList.Command(code, MeetingId.parse(id), agendaItem,
                        form.order(), reason)),
                (t, c) -> t.get("meeting.chair.reordered", c.item().label()));
    }

    /**
     * Acts, then answers the fragments of {@code part} and the status; a refusal keeps the fragments as they are. A
     * plain form (no JavaScript) is sent back to the console, which says what was done; its refusal is the console.
     */
    private String act(ProcessId code, String id, String agendaItem, ConsoleAnswer.Part part, Model model,
            HttpServletRequest request, HttpServletResponse response, Runnable action, ConsoleAnswer.Status status) {
        Page page = (Page) model.getAttribute("page");
        MeetingId meeting = MeetingId.parse(id);
        String said;
        boolean refused = false;
        try {
            action.run();
            said = status.of(page.t(), views.view(code, meeting, agendaItem));
        } catch (ForbiddenException e) {
            throw e;
        } catch (DomainException e) {
            Object values = model.getAttribute("form") instanceof Form<?> f ? f.values() : agendaItem;
            Form<?> refusal = Form.refused(values, e, response);
            if (values instanceof ReorderForm) {
                model.addAttribute("form", refusal);
            }
            said = refusal.error();
            refused = true;
        }
        ConsoleView view = views.view(code, meeting, agendaItem);
        if (request.getHeader("HX-Request") == null && !refused) {
            RequestContextUtils.getOutputFlashMap(request).put("status", said);
            return "redirect:" + view.link() + view.itemQuery();
        }
        model.addAttribute("console", view);
        model.addAttribute("status", said);
        model.addAttribute("refused", refused);
        model.addAttribute("part", part);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", Form.of(ReorderForm.EMPTY));
        }
        return request.getHeader("HX-Request") == null ? "meetings/console" : "meetings/consoleAnswer";
    }

    /** A waiting request as a button names it: the delegation's id and what it asked for. */
    private static ManageSpeakersList.Floor floor(String request) {
        String[] parts = request.strip().split(" ");
        try {
            return new ManageSpeakersList.Floor(new ParticipantId(UUID.fromString(parts[0])),
                    parts.length > 1 ? InterventionKind.valueOf(parts[1]) : null);
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("request", "Choose a delegation on the list");
        }
    }
}
