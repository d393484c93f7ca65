package org.plenary.contacts;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import org.plenary.audit.AuditLog;
import org.plenary.audit.AuditRecord;
import org.plenary.roster.ParticipantId;
import org.plenary.shared.ConflictException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Adds an official address to a State or organisation; an address it already has is a conflict. */
@Service
public class AddContact {

    private final ContactRepository contacts;
    private final ContactKeepers keepers;
    private final AuditLog audit;
    private final Clock clock;

    AddContact(ContactRepository contacts, ContactKeepers keepers, AuditLog audit, Clock clock) {
        this.contacts = contacts;
        this.keepers = keepers;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Contact execute(ParticipantId participant, ContactDetails details) {
        keepers.require(participant);
        return add(participant, details);
    }

    /** Adds without an actor check, for callers that have checked already (the import). */
    Contact add(ParticipantId participant, ContactDetails details) {
        if (contacts.existsAddress(participant.value(), details.email())) {
            throw new ConflictException("The participant already has the address " + details.email());
        }
        Contact contact = contacts.save(Contact.of(participant, details,
                clock.instant().truncatedTo(ChronoUnit.MICROS)));
        audit.record(AuditRecord.created("contacts.contact.added", "contact", contact.id(), null,
                ContactAudit.of(contact)));
        return contact;
    }
}
