package org.plenary.meetings.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.plenary.meetings.AskForTheFloor;
import org.plenary.meetings.InterventionKind;
import org.plenary.meetings.WithdrawFromList;
import org.plenary.meetings.web.MeetingPageForms.FloorForm;
import org.plenary.processes.Process;
import org.plenary.processes.ProcessId;
import org.plenary.processes.Processes;
import org.plenary.shared.DomainException;
import org.plenary.shared.ForbiddenException;
import org.plenary.shared.InvalidInputException;
import org.plenary.shared.MeetingId;
import org.plenary.shared.web.Form;
import org.plenary.shared.web.Notice;
import org.plenary.shared.web.Page;
import org.plenary.shared.web.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The meetings of a process and the page of each, where delegations ask for the floor, raise a point of order or ask
 * for a right of reply (the chair gives the floor from the console).
 */
@PageController
class MeetingPagesController {

    /** A delegation's requests: what each asks for (or withdraws), and the notice that confirms it. */
    private record Request(InterventionKind kind, boolean withdraw, String notice) {
    }

    private static final Map<String, Request> REQUESTS = Map.of(
            "ask", new Request(InterventionKind.STATEMENT, false, "meeting.floor.asked"),
            "pointOfOrder", new Request(InterventionKind.POINT_OF_ORDER, false, "meeting.floor.pointOfOrder"),
            "reply", new Request(InterventionKind.RIGHT_OF_REPLY, false, "meeting.floor.reply"),
            "withdraw", new Request(InterventionKind.STATEMENT, true, "meeting.floor.withdrawn"),
            "withdrawPointOfOrder", new Request(InterventionKind.POINT_OF_ORDER, true, "meeting.floor.withdrawnRequest"),
            "withdrawReply", new Request(InterventionKind.RIGHT_OF_REPLY, true, "meeting.floor.withdrawnRequest"));

    private final Processes processes;
    private final AskForTheFloor ask;
    private final WithdrawFromList withdraw;
    private final MeetingViews views;

    MeetingPagesController(Processes processes, AskForTheFloor ask, WithdrawFromList withdraw, MeetingViews views) {
        this.processes = processes;
        this.views = views;
        this.ask = ask;
        this.withdraw = withdraw;
    }

    @GetMapping("/processes/{code}/meetings")
    String list(@PathVariable ProcessId code, Model model) {
        return views.list(processes.require(code), Form.of(MeetingViews.EMPTY_MEETING), model);
    }

    @GetMapping("/processes/{code}/meetings/{id}")
    String meeting(@PathVariable ProcessId code, @PathVariable String id,
            @RequestParam(required = false) String version, Model model) {
        return views.meeting(processes.require(code), MeetingId.parse(id), null, version, model);
    }

    /**
     * A delegation's request for the floor, from the meeting's page or from the desk; an htmx request (the desk's)
     * gets only the answer, or the refusal, to show in place.
     */
    @PostMapping("/processes/{code}/meetings/{id}/floor")
    String floor(@PathVariable ProcessId code, @PathVariable String id, FloorForm form, Model model,
            HttpServletRequest http, HttpServletResponse response, RedirectAttributes redirect) {
        Process process = processes.require(code);
        MeetingId meeting = MeetingId.parse(id);
        boolean inPlace = http.getHeader("HX-Request") != null;
        String notice;
        Object argument;
        try {
            Request request = REQUESTS.get(form.action() == null ? "" : form.action());
            if (request == null) {
                throw InvalidInputException.of("action", "The request is one of " + REQUESTS.keySet());
            }
            notice = request.notice();
            if (request.withdraw()) {
                withdraw.execute(code, meeting, form.agendaItem(), request.kind());
                argument = form.agendaItem();
            } else {
                argument = ask.execute(new AskForTheFloor.Command(code, meeting, form.agendaItem(), request.kind()));
            }
        } catch (ForbiddenException e) {
            throw e;
        } catch (DomainException e) {
            if (inPlace) {
                model.addAttribute("floorForm", Form.refused(form, e, response));
                model.addAttribute("said", null);
                return "meetings/floorAnswer";
            }
            return refused("floorForm", Form.refused(form, e, response), process, meeting, model);
        }
        if (inPlace) {
            model.addAttribute("floorForm", Form.of(form));
            model.addAttribute("said", ((Page) model.getAttribute("page")).t().get(notice, argument));
            return "meetings/floorAnswer";
        }
        Notice.send(redirect, notice, argument);
        return "redirect:" + views.link(process, meeting);
    }

    /** The meeting's page again, with the refused form under {@code name}: its reason and what was entered. */
    private String refused(String name, Form<?> form, Process process, MeetingId meeting, Model model) {
        model.addAttribute(name, form);
        return views.meeting(process, meeting, null, model);
    }
}
