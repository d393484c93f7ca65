package org.plenary.consultations;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.plenary.audit.AuditLog;
import org.plenary.audit.AuditRecord;
import org.plenary.processes.Process;
import org.plenary.processes.ProcessId;
import org.plenary.processes.Processes;
import org.plenary.shared.Actor;
import org.plenary.shared.ContentLanguages;
import org.plenary.shared.InvalidInputException;
import org.plenary.shared.LanguageVersions;
import org.plenary.shared.NotFoundException;
import org.plenary.shared.TextInput;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adds or corrects the version of a consultation (its title, elements and guiding questions) in another language of
 * its process. Before it opens a version may be added or corrected; once open, the delegations have read it: a
 * version can still be added, but not changed.
 */
@Service
public class WriteConsultationVersion {

    public record Command(ProcessId process, ConsultationId consultation, String language, String title,
            Map<String, String> elements, Map<String, String> questions) {
    }

    private final Processes processes;
    private final ConsultationRepository consultations;
    private final ConsultationVersionRepository versions;
    private final AuditLog audit;
    private final Clock clock;

    WriteConsultationVersion(Processes processes, ConsultationRepository consultations,
            ConsultationVersionRepository versions, AuditLog audit, Clock clock) {
        this.processes = processes;
        this.consultations = consultations;
        this.versions = versions;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Consultation execute(Command c) {
        Process process = processes.require(c.process());
        Actor actor = Actor.require();
        ConsultationPolicy.mayRun(processes.roleOf(process.id(), actor)).orForbid();
        Consultation consultation = consultations.lock(c.consultation())
                .filter(found -> found.process().equals(process.id()))
                .orElseThrow(() -> new NotFoundException("Consultation", c.consultation()));
        String language = ContentLanguages.require(c.language(), process.languages());
        LanguageVersions<ConsultationText> before = versions.of(consultation);
        before.requireWritable(language, consultation.status(clock.instant()) != ConsultationStatus.SCHEDULED,
                "the consultation '" + consultation.title() + "'");
        ConsultationText text = new ConsultationText(TextInput.line("title", c.title(), 300),
                texts("elements", consultation.elements(), c.elements()),
                texts("questions", consultation.questions(), c.questions()));
        versions.save(consultation.id(), language, text, clock.instant(), actor.username());
        Map<String, Object> after = Map.of("title", text.title(), "language", language,
                "elements", text.elements(), "questions", text.questions());
        ConsultationText earlier = before.versions().get(language);
        audit.record(earlier == null
                ? AuditRecord.created("consultations.consultation.version-added", "consultation", consultation.id(),
                        process.id().value(), after)
                : AuditRecord.changed("consultations.consultation.version-changed", "consultation",
                        consultation.id(), process.id().value(), Map.of("title", earlier.title(), "language",
                                language, "elements", earlier.elements(), "questions", earlier.questions()), after));
        return consultation;
    }

    /** The texts by ref, each ref one of the consultation's; 400 naming the first that is not. */
    private static Map<String, String> texts(String field, List<NumberedText> originals, Map<String, String> typed) {
        Map<String, String> texts = new LinkedHashMap<>();
        if (typed == null) {
            return texts;
        }
        typed.forEach((ref, text) -> {
            String known = originals.stream().map(NumberedText::ref).filter(r -> r.equals(ref == null ? null
                    : ref.strip())).findFirst().orElseThrow(() -> InvalidInputException.of(field,
                            "The consultation has no " + field.substring(0, field.length() - 1) + " '" + ref + "'"));
            texts.put(known, TextInput.lines(field, text, 10_000));
        });
        return texts;
    }
}
