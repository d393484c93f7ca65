package org.plenary.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.plenary.shared.InvalidInputException;

class SessionRulesTest {

    private static final Instant START = Instant.parse("2020-09-04T08:00:00Z");
    private static final Instant END = Instant.parse("2020-09-04T13:00:00Z");

    private static Session session(String start, String end) {
        return new Session(Instant.parse("2020-09-04T" + start + ":00Z"), Instant.parse("2020-09-04T" + end + ":00Z"));
    }

    private static String refusedField(List<Session> sessions) {
        return catchThrowableOfType(InvalidInputException.class, () -> SessionRules.check(START, END, sessions))
                .errors().getFirst().field();
    }

    @Test
    void acceptsAMorningAndAnAfternoonSessionThatMeetEndToEnd() {
        assertThatCode(() -> SessionRules.check(START, END, List.of(session("11:00", "13:00"),
                session("08:00", "10:00"), session("10:00", "11:00")))).doesNotThrowAnyException();
        assertThatCode(() -> SessionRules.check(START, END, List.of())).doesNotThrowAnyException();
    }

    @Test
    void refusesOverlappingSessionsNamingTheLaterOne() {
        assertThat(refusedField(List.of(session("11:00", "13:00"), session("08:00", "11:30")))).isEqualTo("sessions[0]");
        assertThat(refusedField(List.of(session("08:00", "12:00"), session("09:00", "10:00")))).isEqualTo("sessions[1]");
    }

    @Test
    void refusesASessionOutsideTheMeeting() {
        assertThat(refusedField(List.of(session("07:59", "09:00")))).isEqualTo("sessions[0]");
        assertThat(refusedField(List.of(session("08:00", "09:00"), session("12:00", "13:01")))).isEqualTo("sessions[1]");
    }

    @Test
    void refusesASessionThatDoesNotEndAfterItStarts() {
        assertThat(refusedField(List.of(session("09:00", "09:00")))).isEqualTo("sessions[0].end");
        assertThat(refusedField(List.of(new Session(null, END)))).isEqualTo("sessions[0].start");
    }

    @Test
    void listsSessionsInTheOrderTheyTakePlace() {
        assertThat(SessionRules.inOrder(List.of(session("11:00", "13:00"), session("08:00", "10:00"))))
                .containsExactly(session("08:00", "10:00"), session("11:00", "13:00"));
    }
}
