package org.plenary.meetings;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.plenary.processes.Process;
import org.plenary.processes.Processes;
import org.plenary.roster.LocalNames;
import org.plenary.roster.ParticipantNames;
import org.plenary.shared.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads who attends a meeting: a delegation its own list; officers every delegation's, the list of participants. */
@Service
@Transactional(readOnly = true)
public class ListOfParticipants {

    private final Processes processes;
    private final AttendanceRepository attendance;
    private final ParticipantNames names;

    ListOfParticipants(Processes processes, AttendanceRepository attendance, ParticipantNames names) {
        this.processes = processes;
        this.attendance = attendance;
        this.names = names;
    }

    /** The attendees the signed-in delegate's delegation registered. */
    public List<Attendance.Attendee> mine(Meeting meeting) {
        Actor actor = Actor.require();
        MeetingPolicy.mayRegisterAttendance(actor).orForbid();
        return attendance.of(meeting.id(), actor.participantId());
    }

    /**
     * Every delegation that registered attendees, with its category on the day the meeting opens: States
     * Parties, then other States, then organisations, each by its name in {@code language}, in that language's
     * order (officers).
     */
    public List<Attendance.Delegation> of(Process process, Meeting meeting, String language) {
        LocalNames local = names.in(language);
        MeetingPolicy.mayManage(processes.roleOf(process.id(), Actor.require())).orForbid();
        Map<UUID, List<Attendance.Attendee>> registered = attendance.all(meeting.id());
        LocalDate day = LocalDate.ofInstant(meeting.start(), process.timeZone());
        return processes.participants(process, day).stream()
                .filter(s -> registered.containsKey(s.id().value()))
                .map(s -> new Attendance.Delegation(s.id().value(), local.of(s.id(), s.name()), s.category(),
                        registered.get(s.id().value())))
                .sorted(Comparator.comparingInt((Attendance.Delegation d) -> Precedence.rank(d.category()))
                        .thenComparing(local.by(Attendance.Delegation::name)))
                .toList();
    }
}
