package org.plenary.meetings;

import org.plenary.processes.Process;
import org.plenary.processes.Processes;
import org.plenary.shared.DomainException;
import org.plenary.shared.MeetingId;
import org.plenary.shared.Moments;
import org.plenary.silence.EffectApplied;
import org.plenary.silence.ProcedureAdopted;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Moves a meeting when a silence procedure that decided so is adopted, by the rules of meetings (a meeting that
 * can no longer be scheduled stays where it is; a move that would leave a session outside it is refused), and
 * answers silence with what became of it. Once: an adoption delivered again finds the move in the meeting's
 * history, names it and moves nothing.
 */
@Component
class SilenceDecisions {

    private final Processes processes;
    private final MeetingRepository meetings;
    private final RescheduleMeeting reschedule;
    private final ApplicationEventPublisher events;

    SilenceDecisions(Processes processes, MeetingRepository meetings, RescheduleMeeting reschedule,
            ApplicationEventPublisher events) {
        this.processes = processes;
        this.meetings = meetings;
        this.reschedule = reschedule;
        this.events = events;
    }

    @ApplicationModuleListener
    void on(ProcedureAdopted adopted) {
        if (adopted.effect() == null) {
            return;
        }
        Process process = processes.require(adopted.process());
        Meeting meeting = meetings.lockIn(process.id(), adopted.effect().meeting());
        boolean done = meeting.dateHistory().stream().anyMatch(c -> adopted.decision().equals(c.decision()));
        events.publishEvent(new EffectApplied(adopted.procedure(), done ? moved(process, meeting)
                : apply(process, meeting, adopted)));
    }

    private String apply(Process process, Meeting meeting, ProcedureAdopted adopted) {
        if (!meeting.status().next().contains(MeetingStatus.SCHEDULED)) {
            return "The meeting \"" + meeting.title() + "\" could not be moved: it is " + meeting.status();
        }
        try {
            return moved(process, reschedule.byDecision(process, new RescheduleMeeting.Command(
                    process.id(), meeting.id(), adopted.effect().start(), adopted.effect().end(),
                    adopted.reason(), adopted.decision()), adopted.at()));
        } catch (DomainException refused) {
            return "The meeting \"" + meeting.title() + "\" could not be moved: " + refused.getMessage();
        }
    }

    private static String moved(Process process, Meeting meeting) {
        return "The meeting \"" + meeting.title() + "\" is moved to " + Moments.stated(meeting.start(),
                process.timeZone()) + " – " + Moments.stated(meeting.end(), process.timeZone());
    }
}
