package org.plenary.consultations;

import java.util.List;
import org.plenary.processes.CalendarEntry;
import org.plenary.processes.CalendarSource;
import org.plenary.processes.Process;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The closing time of every consultation of a process, in its calendar; moved when extended or closed early. */
@Component
class ConsultationCalendar implements CalendarSource {

    private final ConsultationRepository consultations;
    private final String baseUrl;

    ConsultationCalendar(ConsultationRepository consultations, @Value("${plenary.base-url}") String baseUrl) {
        this.consultations = consultations;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
    }

    @Override
    public List<CalendarEntry> entries(Process process) {
        return consultations.byProcess(process.id()).stream()
                .map(c -> CalendarEntry.deadline("consultation-" + c.id() + "@plenary", "Consultation closes: "
                        + c.title(), c.closesAt(), process.timeZone(), (int) c.version(),
                        CalendarEntry.Status.CONFIRMED,
                        baseUrl + "/processes/" + process.code() + "/consultations/" + c.id(),
                        c.elements().size() + " elements" + (c.closedEarly() ? ", closed early" : "")))
                .toList();
    }
}
