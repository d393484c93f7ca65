package org.plenary.contacts;

import java.util.List;
import org.plenary.roster.ParticipantId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The contacts of a State or organisation, for those who may keep them. */
@Service
@Transactional(readOnly = true)
public class Contacts {

    private final ContactRepository contacts;
    private final ContactKeepers keepers;

    Contacts(ContactRepository contacts, ContactKeepers keepers) {
        this.contacts = contacts;
        this.keepers = keepers;
    }

    /** The addresses of {@code participant}, for the signed-in actor who may keep them. */
    public List<Contact> of(ParticipantId participant) {
        keepers.require(participant);
        return contacts.findByParticipant(participant.value());
    }
}
