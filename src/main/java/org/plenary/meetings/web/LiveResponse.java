package org.plenary.meetings.web;

import org.plenary.meetings.LiveMeetings;
import org.plenary.meetings.MeetingStatus;

/** The live state of a meeting as JSON: the item under discussion and its speakers' list. */
record LiveResponse(String meetingId, String title, MeetingStatus status, String currentItem, String currentTitle,
        SpeakersListResponse speakers) {

    static LiveResponse of(LiveMeetings.LiveState state) {
        return new LiveResponse(state.meeting().id().toString(), state.meeting().title(), state.meeting().status(),
                state.meeting().currentItem(), state.currentTitle().orElse(null),
                state.list().map(SpeakersListResponse::of).orElse(null));
    }
}
