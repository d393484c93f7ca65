package org.plenary.consultations;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.plenary.documents.Distribution;
import org.plenary.documents.Documents;
import org.plenary.processes.CalendarEntry;
import org.plenary.processes.CalendarSource;
import org.plenary.processes.Process;
import org.plenary.roster.ParticipantId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The closing time of every consultation of a process, in its calendar; moved when extended or closed early. A
 * consultation on a text of limited distribution is shown to the officers and the delegations only (on a restricted
 * one, to nobody through a feed); a delegation sees whether it has given its views.
 */
@Component
class ConsultationCalendar implements CalendarSource {

    private final ConsultationRepository consultations;
    private final SubmissionRepository submissions;
    private final Documents documents;
    private final String baseUrl;

    ConsultationCalendar(ConsultationRepository consultations, SubmissionRepository submissions, Documents documents,
            @Value("${plenary.base-url}") String baseUrl) {
        this.consultations = consultations;
        this.submissions = submissions;
        this.documents = documents;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
    }

    @Override
    public List<CalendarEntry> entries(Process process) {
        return of(process, d -> d == Distribution.GENERAL).map(c -> entry(process, c, "")).toList();
    }

    @Override
    public List<CalendarEntry> limited(Process process) {
        return of(process, d -> d == Distribution.LIMITED).map(c -> entry(process, c, "")).toList();
    }

    @Override
    public List<CalendarEntry> forDelegation(Process process, ParticipantId participant) {
        return of(process, d -> d != Distribution.RESTRICTED).map(c -> entry(process, c, submissions
                .of(c.id(), participant.value()).map(s -> ". Your delegation's views: version " + s.version() + ", given "
                        + s.submittedAt()).orElse(". Your delegation has not given its views"))).toList();
    }

    /** The consultations on no text or on a text whose distribution passes {@code shown}. */
    private Stream<Consultation> of(Process process, Predicate<Distribution> shown) {
        return consultations.byProcess(process.id()).stream().filter(c -> shown.test(Optional.ofNullable(c.document())
                .flatMap(documents::distribution).orElse(Distribution.GENERAL)));
    }

    private CalendarEntry entry(Process process, Consultation c, String views) {
        return CalendarEntry.deadline("consultation-" + c.id() + "@plenary", "Consultation closes: " + c.title(),
                c.closesAt(), process.timeZone(), (int) c.version(), CalendarEntry.Status.CONFIRMED,
                baseUrl + "/processes/" + process.code() + "/consultations/" + c.id(),
                c.elements().size() + " elements" + (c.closedEarly() ? ", closed early" : "") + views);
    }
}
