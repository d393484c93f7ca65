package org.plenary.consultations;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.plenary.documents.DocumentId;
import org.plenary.processes.ProcessId;
import org.springframework.modulith.NamedInterface;

/**
 * A call for views on the elements of a draft text and on its guiding questions, open from {@code opensAt} to
 * {@code closesAt}; {@code closedEarly} when the officers closed it before the time first announced; {@code version}
 * grows with every change of its times.
 */
@NamedInterface("api")
public record Consultation(ConsultationId id, ProcessId process, String title, DocumentId document, Instant opensAt,
        Instant closesAt, boolean closedEarly, Instant createdAt, String createdBy, List<NumberedText> elements,
        List<NumberedText> questions, long version) {

    public ConsultationStatus status(Instant now) {
        if (now.isBefore(opensAt)) {
            return ConsultationStatus.SCHEDULED;
        }
        return now.isBefore(closesAt) ? ConsultationStatus.OPEN : ConsultationStatus.CLOSED;
    }

    public Optional<NumberedText> element(String ref) {
        return elements.stream().filter(e -> e.ref().equals(ref)).findFirst();
    }

    public boolean hasQuestion(String ref) {
        return questions.stream().anyMatch(q -> q.ref().equals(ref));
    }
}
