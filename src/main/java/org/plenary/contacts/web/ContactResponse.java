package org.plenary.contacts.web;

import org.plenary.contacts.Contact;
import org.plenary.contacts.ContactRole;

/** A contact as the API shows it. */
record ContactResponse(String id, String participantId, String email, String name, ContactRole role,
        String language) {

    static ContactResponse of(Contact c) {
        return new ContactResponse(c.id().toString(), c.participant().toString(), c.email(), c.name(), c.role(),
                c.language());
    }
}
