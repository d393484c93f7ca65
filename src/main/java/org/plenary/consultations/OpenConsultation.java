package org.plenary.consultations;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.plenary.audit.AuditLog;
import org.plenary.audit.AuditRecord;
import org.plenary.documents.Document;
import org.plenary.documents.DocumentFile;
import org.plenary.documents.DocumentId;
import org.plenary.documents.Documents;
import org.plenary.processes.Process;
import org.plenary.processes.ProcessId;
import org.plenary.processes.Processes;
import org.plenary.shared.Actor;
import org.plenary.shared.InvalidInputException;
import org.plenary.shared.NotFoundException;
import org.plenary.shared.TextInput;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens a consultation on the elements of a document and its guiding questions, from {@code opens} to
 * {@code closes}. With a document, the elements may be left out: on a revision issued from an earlier consultation
 * they are the revision's, with the same references; otherwise the numbered paragraphs of the document's DOCX or
 * text file in its original language.
 */
@Service
public class OpenConsultation {

    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public record Command(ProcessId process, String title, String documentId, Instant opens, Instant closes,
            List<NumberedText> elements, List<NumberedText> questions) {
    }

    private final Processes processes;
    private final Documents documents;
    private final ConsultationRepository consultations;
    private final RevisionRepository revisions;
    private final ConsultationNotices notices;
    private final AuditLog audit;
    private final Clock clock;

    OpenConsultation(Processes processes, Documents documents, ConsultationRepository consultations,
            RevisionRepository revisions, ConsultationNotices notices, AuditLog audit, Clock clock) {
        this.notices = notices;
        this.processes = processes;
        this.documents = documents;
        this.consultations = consultations;
        this.revisions = revisions;
        this.audit = audit;
        this.clock = clock;
    }

    /** What opening would record, checked: the title, the document, the elements and questions. */
    private record Checked(String title, DocumentId document, List<NumberedText> elements,
            List<NumberedText> questions) {
    }

    /** Checks the command as opening does, without opening: for the page that confirms it. */
    @Transactional(readOnly = true)
    public void check(Command c) {
        Process process = processes.require(c.process());
        ConsultationPolicy.mayRun(processes.roleOf(process.id(), Actor.require())).orForbid();
        check(process, c);
    }

    @Transactional
    public Consultation execute(Command c) {
        Process process = processes.require(c.process());
        Actor actor = Actor.require();
        ConsultationPolicy.mayRun(processes.roleOf(process.id(), actor)).orForbid();
        Checked checked = check(process, c);
        String title = checked.title();
        DocumentId document = checked.document();
        List<NumberedText> elements = checked.elements();
        List<NumberedText> questions = checked.questions();
        Consultation consultation = new Consultation(new ConsultationId(UUID.randomUUID()), process.id(), title,
                document, c.opens(), c.closes(), false, clock.instant(), actor.username(), elements, questions, 0);
        consultations.insert(consultation);
        int queued = notices.queue(process, consultation, ConsultationNotices.Kind.OPENED);
        audit.record(AuditRecord.created("consultations.consultation.opened", "consultation", consultation.id(),
                process.id().value(), Map.of("title", title, "opens", c.opens().toString(),
                        "closes", c.closes().toString(), "elements", elements.size(), "questions", questions.size(),
                        "document", String.valueOf(document), "notices", queued)));
        return consultation;
    }

    private Checked check(Process process, Command c) {
        String title = TextInput.line("title", c.title(), 300);
        if (c.opens() == null) {
            throw InvalidInputException.of("opens", "The opening time is required, e.g. 2020-06-18T09:00:00+02:00");
        }
        if (c.closes() == null || !c.closes().isAfter(c.opens())) {
            throw InvalidInputException.of("closes", "The closing time is required and must follow the opening time");
        }
        DocumentId document = document(process, c.documentId());
        List<NumberedText> given = c.elements() == null ? List.of() : c.elements();
        if (given.isEmpty() && document != null) {
            given = revisions.issuedText(document);
            if (given.isEmpty()) {
                given = paragraphsOf(process, document);
            }
        }
        List<NumberedText> elements = ConsultationTexts.numbered("elements", given, true);
        List<NumberedText> questions = ConsultationTexts.numbered("questions", c.questions(), false);
        return new Checked(title, document, elements, questions);
    }

    /** The numbered paragraphs of the document's file in its original language, if it is a DOCX or plain text. */
    private List<NumberedText> paragraphsOf(Process process, DocumentId id) {
        Document document = documents.require(process, id);
        DocumentFile file = document.file(document.originalLanguage()).orElse(null);
        if (file == null || !(file.contentType().equals(DOCX) || file.contentType().equals("text/plain"))) {
            throw InvalidInputException.of("elements", "The elements are required: the document has no DOCX or text "
                    + "file to take them from");
        }
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        try {
            documents.copy(file, 0, file.size(), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<NumberedParagraphs.Paragraph> paragraphs = file.contentType().equals(DOCX)
                ? NumberedParagraphs.fromDocx(new ByteArrayInputStream(content.toByteArray()))
                : NumberedParagraphs.fromText(content.toString(StandardCharsets.UTF_8));
        return paragraphs.stream().map(p -> new NumberedText(p.ref(), p.text())).toList();
    }

    private DocumentId document(Process process, String id) {
        if (id == null || id.isBlank()) {
            return null;
        }
        try {
            return documents.require(process, DocumentId.parse(id.strip())).id();
        } catch (NotFoundException e) {
            throw (InvalidInputException) InvalidInputException.of("documentId", "'" + id
                    + "' is not a document of this process").withKey("refusal.consultations.unknownDocument");
        }
    }
}
