package org.plenary.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.plenary.shared.InvalidInputException;

class AttendanceRulesTest {

    private static final List<Attendance.Attendee> THREE_SPEAKERS = List.of(
            new Attendance.Attendee("Ms A", "Ambassador", true), new Attendance.Attendee("Mr B", "Counsellor", true),
            new Attendance.Attendee("Ms C", "Expert", true), new Attendance.Attendee("Mr D", null, false));

    @Test
    void refusesMoreSpeakersThanTheLimitForVirtualAndHybridMeetings() {
        for (MeetingFormat format : List.of(MeetingFormat.VIRTUAL, MeetingFormat.HYBRID)) {
            InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
                    () -> Attendance.check(format, 2, THREE_SPEAKERS));
            assertThat(refused.errors().getFirst().field()).isEqualTo("attendees");
            assertThat(refused.getMessage()).contains("at most 2 speakers");
        }
    }

    @Test
    void acceptsSpeakersUpToTheLimitAndAnyNumberInPerson() {
        assertThat(Attendance.check(MeetingFormat.HYBRID, 3, THREE_SPEAKERS)).hasSize(4);
        assertThat(Attendance.check(MeetingFormat.IN_PERSON, 2, THREE_SPEAKERS)).hasSize(4);
    }

    @Test
    void requiresANameAndTidiesTheList() {
        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class, () -> Attendance.check(
                MeetingFormat.VIRTUAL, 2, List.of(new Attendance.Attendee("Ms A", null, false),
                        new Attendance.Attendee("  ", "Expert", false))));
        assertThat(refused.errors().getFirst().field()).isEqualTo("attendees[1].name");
        assertThat(Attendance.check(MeetingFormat.VIRTUAL, 2, List.of(new Attendance.Attendee(" Ms A ", " ", true))))
                .containsExactly(new Attendance.Attendee("Ms A", null, true));
    }
}
