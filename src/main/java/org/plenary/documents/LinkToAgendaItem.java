package org.plenary.documents;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.plenary.audit.AuditLog;
import org.plenary.audit.AuditRecord;
import org.plenary.processes.Process;
import org.plenary.processes.ProcessId;
import org.plenary.processes.Processes;
import org.plenary.shared.Actor;
import org.plenary.shared.InvalidInputException;
import org.plenary.shared.MeetingId;
import org.plenary.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files an existing document against an item of a meeting's agenda (e.g. Working Paper 4 under item 5 (b)), so
 * that the agenda lists it there; without a meeting, the document is filed against none.
 */
@Service
public class LinkToAgendaItem {

    public record Command(ProcessId process, DocumentId document, MeetingId meetingId, String agendaItem) {
    }

    private final Processes processes;
    private final DocumentRepository documents;
    private final AgendaLinks agendaLinks;
    private final AuditLog audit;

    LinkToAgendaItem(Processes processes, DocumentRepository documents, AgendaLinks agendaLinks, AuditLog audit) {
        this.processes = processes;
        this.documents = documents;
        this.agendaLinks = agendaLinks;
        this.audit = audit;
    }

    @Transactional
    public Document execute(Command c) {
        Process process = processes.require(c.process());
        DocumentPolicy.mayPublish(processes.roleOf(process.id(), Actor.require())).orForbid();
        Document document = documents.findForUpdate(c.document()).filter(d -> d.process().equals(process.id()))
                .orElseThrow(() -> new NotFoundException("Document", c.document()));
        String item = c.agendaItem() == null || c.agendaItem().isBlank() ? null : c.agendaItem().strip();
        if (item != null && c.meetingId() == null) {
            throw InvalidInputException.of("meetingId", "The meeting of the agenda item is required");
        }
        if (item != null && !item.matches("\\d{1,2}( \\([a-z]\\))?")) {
            throw InvalidInputException.of("agendaItem", "An agenda item is written like 5 or 5 (b)");
        }
        UUID meeting = c.meetingId() == null ? null : c.meetingId().value();
        agendaLinks.check(process.id(), meeting, item);
        documents.fileUnder(document.id(), meeting, item);
        Map<String, Object> before = new HashMap<>();
        before.put("meeting", document.meetingId() == null ? null : document.meetingId().toString());
        before.put("agendaItem", document.agendaItem());
        Map<String, Object> after = new HashMap<>();
        after.put("meeting", c.meetingId() == null ? null : c.meetingId().toString());
        after.put("agendaItem", item);
        audit.record(AuditRecord.changed("documents.document.filed", "document", document.id(), process.id().value(),
                before, after));
        return documents.findById(document.id()).orElseThrow();
    }
}
