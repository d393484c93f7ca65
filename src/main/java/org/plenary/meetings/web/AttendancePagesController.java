package org.plenary.meetings.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.plenary.meetings.Attendance;
import org.plenary.meetings.ListOfParticipants;
import org.plenary.meetings.Meeting;
import org.plenary.meetings.Meetings;
import org.plenary.meetings.RegisterAttendance;
import org.plenary.processes.Process;
import org.plenary.processes.ProcessId;
import org.plenary.processes.Processes;
import org.plenary.shared.Actor;
import org.plenary.shared.ConflictException;
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
 * Attendance of a meeting: a delegation registers who attends for it (names, functions, who may speak); the
 * officers see every delegation's list and print the list of participants.
 */
@PageController
class AttendancePagesController {

    /** Empty rows offered below a delegation's attendees. */
    static final int BLANK_ROWS = 3;

    private final Processes processes;
    private final Meetings meetings;
    private final ListOfParticipants participants;
    private final RegisterAttendance register;

    AttendancePagesController(Processes processes, Meetings meetings, ListOfParticipants participants,
            RegisterAttendance register) {
        this.processes = processes;
        this.meetings = meetings;
        this.participants = participants;
        this.register = register;
    }

    @GetMapping("/processes/{code}/meetings/{id}/attendance")
    String page(@PathVariable ProcessId code, @PathVariable String id, Model model) {
        Process process = processes.require(code);
        Meeting meeting = meetings.require(process, MeetingId.parse(id));
        List<Attendance.Attendee> mine = Actor.require().delegate() ? participants.mine(meeting) : List.of();
        return view(process, meeting, Form.of(mine), model);
    }

    /** The rows of the form: {@code name}, {@code function} and, for speakers, {@code speaker} with the row's index. */
    @PostMapping("/processes/{code}/meetings/{id}/attendance")
    String register(@PathVariable ProcessId code, @PathVariable String id, HttpServletRequest request, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        Process process = processes.require(code);
        Meeting meeting = meetings.require(process, MeetingId.parse(id));
        List<Attendance.Attendee> attendees = rows(request);
        try {
            register.execute(new RegisterAttendance.Command(code, meeting.id(), attendees));
            Notice.send(redirect, "meetings.attendance.saved", meeting.title());
            return "redirect:" + MeetingPage.link(process, meeting) + "/attendance";
        } catch (InvalidInputException | ConflictException e) {
            return view(process, meeting, Form.refused(attendees, e, response), model);
        }
    }

    private String view(Process process, Meeting meeting, Form<List<Attendance.Attendee>> form, Model model) {
        Actor actor = Actor.require();
        boolean officer = processes.roleOf(process.id(), actor).isPresent();
        List<Attendance.Delegation> all = officer ? participants.of(process, meeting,
                LocaleContextHolder.getLocale().getLanguage()) : List.of();
        if (!officer) {
            participants.mine(meeting);
        }
        List<Attendance.Attendee> rows = new ArrayList<>(form.values());
        for (int i = 0; i < BLANK_ROWS; i++) {
            rows.add(new Attendance.Attendee("", "", false));
        }
        model.addAttribute("view", new AttendancePage(process, meeting, officer, actor.delegate(), all,
                form.on(rows)));
        return "meetings/attendance";
    }

    private static List<Attendance.Attendee> rows(HttpServletRequest request) {
        String[] names = values(request, "name");
        String[] functions = values(request, "function");
        Set<String> speakers = Set.of(values(request, "speaker"));
        List<Attendance.Attendee> attendees = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            if (!names[i].isBlank()) {
                attendees.add(new Attendance.Attendee(names[i], i < functions.length ? functions[i] : null,
                        speakers.contains(Integer.toString(i))));
            }
        }
        return attendees;
    }

    private static String[] values(HttpServletRequest request, String name) {
        String[] values = request.getParameterValues(name);
        return values == null ? new String[0] : values;
    }
}
