package org.plenary.meetings.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Instant;
import org.plenary.meetings.Meeting;
import org.plenary.meetings.ScheduleMeeting;
import org.plenary.meetings.SetAgenda;
import org.plenary.meetings.web.MeetingForms.AgendaText;
import org.plenary.meetings.web.MeetingForms.NewMeeting;
import org.plenary.processes.Process;
import org.plenary.processes.ProcessId;
import org.plenary.processes.Processes;
import org.plenary.shared.ConflictException;
import org.plenary.shared.InvalidInputException;
import org.plenary.shared.MeetingId;
import org.plenary.shared.web.Form;
import org.plenary.shared.web.Notice;
import org.plenary.shared.web.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Officers convene meetings and write their agendas from the meeting pages. */
@PageController
class MeetingAdminController {

    private final Processes processes;
    private final ScheduleMeeting schedule;
    private final SetAgenda setAgenda;
    private final MeetingViews views;
    private final Clock clock;

    MeetingAdminController(Processes processes, ScheduleMeeting schedule, SetAgenda setAgenda, MeetingViews views,
            Clock clock) {
        this.clock = clock;
        this.processes = processes;
        this.schedule = schedule;
        this.setAgenda = setAgenda;
        this.views = views;
    }

    @PostMapping("/processes/{code}/meetings")
    String convene(@PathVariable ProcessId code, NewMeeting form, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        Process process = processes.require(code);
        try {
            Instant start = form.start(process.timeZone());
            boolean valid = form.end(process.timeZone()).isAfter(start);
            if (valid && start.isBefore(clock.instant()) && !Boolean.TRUE.equals(form.pastConfirmed())) {
                model.addAttribute("pastAsked", true);
                return views.list(process, Form.of(form), model);
            }
            Meeting meeting = schedule.execute(new ScheduleMeeting.Command(code, form.title(), form.kind(),
                    form.format(), form.start(process.timeZone()), form.end(process.timeZone()), form.venue(),
                    form.onlineUrl()));
            Notice.send(redirect, "meetings.convened", meeting.title());
            return "redirect:" + MeetingPage.link(process, meeting);
        } catch (InvalidInputException | ConflictException e) {
            return views.list(process, Form.refused(form, e, response), model);
        }
    }

    @PostMapping("/processes/{code}/meetings/{id}/agenda")
    String agenda(@PathVariable ProcessId code, @PathVariable String id, AgendaText form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        Process process = processes.require(code);
        MeetingId meeting = MeetingId.parse(id);
        try {
            setAgenda.execute(new SetAgenda.Command(code, meeting, form.status(), form.drafts()));
            Notice.send(redirect, "meetings.agenda.saved");
            return "redirect:" + views.link(process, meeting);
        } catch (InvalidInputException | ConflictException e) {
            return views.meeting(process, meeting, Form.refused(form, e, response), model);
        }
    }
}
