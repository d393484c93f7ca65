package org.plenary.contacts;

import org.plenary.audit.AuditLog;
import org.plenary.audit.AuditRecord;
import org.plenary.roster.ParticipantId;
import org.plenary.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Removes an address of a State or organisation. */
@Service
public class RemoveContact {

    private final ContactRepository contacts;
    private final ContactKeepers keepers;
    private final AuditLog audit;

    RemoveContact(ContactRepository contacts, ContactKeepers keepers, AuditLog audit) {
        this.contacts = contacts;
        this.keepers = keepers;
        this.audit = audit;
    }

    @Transactional
    public void execute(ParticipantId participant, ContactId id) {
        keepers.require(participant);
        Contact contact = contacts.findById(id.value()).filter(c -> c.participant().equals(participant))
                .orElseThrow(() -> new NotFoundException("Contact", id));
        contacts.delete(contact);
        audit.record(AuditRecord.changed("contacts.contact.removed", "contact", contact.id(), null,
                ContactAudit.of(contact), null));
    }
}
