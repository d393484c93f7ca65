package org.plenary.meetings.web;

import org.plenary.meetings.AgendaItem;
import org.plenary.meetings.InterventionKind;
import org.plenary.meetings.Meeting;
import org.plenary.meetings.SpeakersListState;
import org.plenary.processes.Process;

/**
 * What the chair's console shows: the meeting, the agenda item in hand (the one under discussion, unless the chair
 * picked another), and its speakers' list.
 */
public record ConsoleView(Process process, Meeting meeting, AgendaItem item, SpeakersListState list) {

    /** Whether the live view shows this item. */
    public boolean current() {
        return item.label().equals(meeting.currentItem());
    }

    /** The address of the console and of its fragments. */
    public String link() {
        return MeetingPage.link(process, meeting) + "/console";
    }

    /** The item's label as the query parameter of the console's address. */
    public String itemQuery() {
        return "?item=" + java.net.URLEncoder.encode(item.label(), java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The message key of the heading of those waiting on {@code kind}. */
    public static String headingKey(InterventionKind kind) {
        return switch (kind) {
            case POINT_OF_ORDER -> "console.pointsOfOrder";
            case STATEMENT -> "console.speakers";
            case RIGHT_OF_REPLY -> "console.replies";
        };
    }
}
