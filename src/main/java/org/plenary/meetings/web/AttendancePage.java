package org.plenary.meetings.web;

import java.util.List;
import org.plenary.meetings.Attendance;
import org.plenary.meetings.Meeting;
import org.plenary.processes.Process;
import org.plenary.shared.web.Form;

/**
 * The attendance page of a meeting: for a delegate, its delegation's rows (with blank ones to add people); for an
 * officer, every delegation that registered.
 */
public record AttendancePage(Process process, Meeting meeting, boolean officer, boolean delegate,
        List<Attendance.Delegation> delegations, Form<List<Attendance.Attendee>> rows) {

    public String link() {
        return MeetingPage.link(process, meeting);
    }
}
