package org.plenary.silence;

import java.util.List;
import java.util.function.Function;
import org.plenary.processes.CalendarEntry;
import org.plenary.processes.CalendarSource;
import org.plenary.processes.Process;
import org.plenary.roster.ParticipantId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The deadlines of circulated procedures in the process calendar: confirmed while open, then kept with their
 * outcome (a withdrawn one is cancelled), so that subscribed calendars see the change. A delegation sees, on the
 * same event, what it may answer (object, or comment and propose amendments) and what it answered.
 */
@Component
class SilenceCalendar implements CalendarSource {

    private static final String RULE = "Adopted at the deadline unless a State Party objects in writing before it.";

    private final ProcedureRepository procedures;
    private final String baseUrl;

    SilenceCalendar(ProcedureRepository procedures, @Value("${plenary.base-url}") String baseUrl) {
        this.procedures = procedures;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
    }

    @Override
    public List<CalendarEntry> entries(Process process) {
        return circulated(process, p -> RULE);
    }

    @Override
    public List<CalendarEntry> forDelegation(Process process, ParticipantId participant) {
        return circulated(process, p -> RULE + (procedures.isEligible(p.id(), participant.value())
                ? " Your delegation may object (a State Party when it was circulated)."
                : " Your delegation may comment or propose an amendment; only States Parties break silence.")
                + procedures.responses(p.id()).stream().filter(r -> participant.value().equals(r.participantId()))
                        .map(r -> " Your delegation sent: " + r.kind().name().toLowerCase() + ", " + r.receivedAt()
                                + ".")
                        .reduce("", String::concat));
    }

    private List<CalendarEntry> circulated(Process process, Function<SilenceProcedure, String> description) {
        return procedures.byProcess(process.id()).stream().filter(p -> p.status() != ProcedureStatus.DRAFT)
                .map(p -> CalendarEntry.deadline(p.id() + "@plenary-silence",
                        "Silence procedure " + p.reference() + " ends: " + p.subject()
                                + (p.status() == ProcedureStatus.OPEN ? "" : " (" + p.status() + ")"),
                        p.deadline(), process.timeZone(), p.status() == ProcedureStatus.OPEN ? 0 : 1,
                        p.status() == ProcedureStatus.WITHDRAWN ? CalendarEntry.Status.CANCELLED
                                : CalendarEntry.Status.CONFIRMED,
                        baseUrl + p.address(process.code()),
                        description.apply(p)))
                .toList();
    }
}
