package org.plenary.silence;

import java.util.List;
import org.plenary.processes.CalendarEntry;
import org.plenary.processes.CalendarSource;
import org.plenary.processes.Process;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The deadlines of circulated procedures in the process calendar: confirmed while open, then kept with their
 * outcome (a withdrawn one is cancelled), so that subscribed calendars see the change.
 */
@Component
public class SilenceCalendar implements CalendarSource {

    private final ProcedureRepository procedures;
    private final String baseUrl;

    SilenceCalendar(ProcedureRepository procedures, @Value("${plenary.base-url}") String baseUrl) {
        this.procedures = procedures;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
    }

    @Override
    public List<CalendarEntry> entries(Process process) {
        return procedures.byProcess(process.id()).stream().filter(p -> p.status() != ProcedureStatus.DRAFT)
                .map(p -> CalendarEntry.deadline(p.id() + "@plenary-silence",
                        "Silence procedure " + p.reference() + " ends: " + p.subject()
                                + (p.status() == ProcedureStatus.OPEN ? "" : " (" + p.status() + ")"),
                        p.deadline(), process.timeZone(), p.status() == ProcedureStatus.OPEN ? 0 : 1,
                        p.status() == ProcedureStatus.WITHDRAWN ? CalendarEntry.Status.CANCELLED
                                : CalendarEntry.Status.CONFIRMED,
                        baseUrl + p.address(process.code()),
                        "Adopted at the deadline unless a State Party objects in writing before it."))
                .toList();
    }
}
