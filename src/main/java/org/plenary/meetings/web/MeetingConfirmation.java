package org.plenary.meetings.web;

import java.time.Instant;
import org.plenary.meetings.Meeting;
import org.plenary.meetings.MeetingPreview;
import org.plenary.processes.Process;

/**
 * The page an officer confirms a move, a postponement or a cancellation on: the meeting, the act ({@code action} of
 * the management form, whose values the confirmation posts again), the new dates of a move, and whom the notice
 * reaches with the e-mail it sends.
 */
public record MeetingConfirmation(Process process, Meeting meeting, ManageForm form, Instant start, Instant end,
        MeetingPreview.Preview preview) {

    public String path() {
        return MeetingPage.link(process, meeting);
    }

    public String action() {
        return form.action();
    }
}
