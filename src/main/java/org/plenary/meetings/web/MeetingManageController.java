package org.plenary.meetings.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
import org.plenary.meetings.CloseMeeting;
import org.plenary.meetings.Meeting;
import org.plenary.meetings.MeetingPreview;
import org.plenary.meetings.MeetingStatus;
import org.plenary.meetings.Meetings;
import org.plenary.meetings.RescheduleMeeting;
import org.plenary.meetings.SetSessions;
import org.plenary.processes.Process;
import org.plenary.processes.ProcessId;
import org.plenary.processes.Processes;
import org.plenary.roster.ParticipantNames;
import org.plenary.shared.Actor;
import org.plenary.shared.DomainException;
import org.plenary.shared.ForbiddenException;
import org.plenary.shared.InvalidInputException;
import org.plenary.shared.MeetingId;
import org.plenary.shared.web.Form;
import org.plenary.shared.web.Notice;
import org.plenary.shared.web.PageController;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The officers' page that manages a meeting: move it to new dates or postpone it (with the reason and the
 * decision), cancel it or record that it was held (each confirmed, since it cannot be undone), set its sessions;
 * with the history of its dates.
 */
@PageController
class MeetingManageController {

    /** The officers' actions, each with the notice that confirms it. */
    static final Map<String, String> ACTIONS = Map.of("reschedule", "meetings.manage.rescheduled",
            "postpone", "meetings.manage.postponed", "cancel", "meetings.manage.cancelled",
            "held", "meetings.manage.markedHeld", "sessions", "meetings.manage.sessionsSaved");

    /** The acts that tell every delegation, confirmed on a page that shows what they will receive. */
    static final Set<String> CONFIRMED = Set.of("reschedule", "postpone", "cancel");

    private final Processes processes;
    private final Meetings meetings;
    private final RescheduleMeeting reschedule;
    private final CloseMeeting close;
    private final SetSessions setSessions;
    private final MeetingPreview preview;
    private final ParticipantNames names;

    MeetingManageController(Processes processes, Meetings meetings, RescheduleMeeting reschedule,
            CloseMeeting close, SetSessions setSessions, MeetingPreview preview, ParticipantNames names) {
        this.preview = preview;
        this.names = names;
        this.processes = processes;
        this.meetings = meetings;
        this.reschedule = reschedule;
        this.close = close;
        this.setSessions = setSessions;
    }

    @GetMapping("/processes/{code}/meetings/{id}/manage")
    String page(@PathVariable ProcessId code, @PathVariable String id, Model model) {
        Process process = processes.require(code);
        Meeting meeting = meetings.require(process, MeetingId.parse(id));
        return view(process, meeting, Form.of(ManageForm.of(meeting)), model);
    }

    @PostMapping("/processes/{code}/meetings/{id}/manage")
    String act(@PathVariable ProcessId code, @PathVariable String id, ManageForm form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        Process process = processes.require(code);
        Meeting meeting = meetings.require(process, MeetingId.parse(id));
        String action = form.action() == null ? "" : form.action();
        try {
            if (!ACTIONS.containsKey(action)) {
                throw InvalidInputException.of("action", "The action is one of " + ACTIONS.keySet())
                        .withKey("refusal.meeting.unknownAction");
            }
            ZoneId zone = meeting.timeZone();
            if (CONFIRMED.contains(action) && !Boolean.TRUE.equals(form.confirm())) {
                return confirmation(process, meeting, form, model);
            }
            switch (action) {
                case "reschedule" -> reschedule.execute(new RescheduleMeeting.Command(code, meeting.id(),
                        form.start(zone), form.end(zone), form.reason(), form.decision()));
                case "postpone" -> reschedule.execute(new RescheduleMeeting.Command(code, meeting.id(), null, null,
                        form.reason(), form.decision()));
                case "sessions" -> setSessions.execute(new SetSessions.Command(code, meeting.id(),
                        form.sessionList(zone)));
                default -> {
                    form.requireConfirmation();
                    close.execute(new CloseMeeting.Command(code, meeting.id(),
                            action.equals("cancel") ? MeetingStatus.CANCELLED : MeetingStatus.HELD));
                }
            }
            Notice.send(redirect, ACTIONS.get(action), meeting.title());
            return "redirect:" + MeetingPage.link(process, meeting) + (action.equals("sessions") ? "/manage" : "");
        } catch (ForbiddenException e) {
            throw e;
        } catch (DomainException e) {
            return view(process, meetings.require(process, meeting.id()), Form.refused(form, e, response), model);
        }
    }

    /** The page that shows what the act will do, checked as the act will check it, before it is done. */
    private String confirmation(Process process, Meeting meeting, ManageForm form, Model model) {
        String language = LocaleContextHolder.getLocale().getLanguage();
        ZoneId zone = meeting.timeZone();
        MeetingPreview.Preview p = switch (form.action()) {
            case "reschedule" -> preview.moving(process, meeting, form.start(zone), form.end(zone), form.reason(),
                    language);
            case "postpone" -> preview.postponing(process, meeting, form.reason(), language);
            default -> preview.cancelling(process, meeting, language);
        };
        boolean moving = form.action().equals("reschedule");
        model.addAttribute("confirmation", new MeetingConfirmation(process, meeting, form,
                moving ? form.start(zone) : null, moving ? form.end(zone) : null, p.in(names.in(language))));
        return "meetings/confirm";
    }

    private String view(Process process, Meeting meeting, Form<ManageForm> form, Model model) {
        if (processes.roleOf(process.id(), Actor.require()).isEmpty()) {
            throw new ForbiddenException("Only the Presidency and the Secretariat of the process may manage its meetings");
        }
        model.addAttribute("process", process);
        model.addAttribute("meeting", meeting);
        model.addAttribute("form", form);
        return "meetings/manage";
    }
}
