package org.plenary.contacts.web;

import java.util.List;
import org.plenary.contacts.Contact;
import org.plenary.contacts.ContactRole;
import org.plenary.roster.Participant;

/** What the contacts page of a State or organisation shows, and the values of its form. */
public record ContactsPage(Participant participant, List<Contact> contacts) {

    /** The values of the form that adds an address. */
    public record NewContact(String email, String name, ContactRole role, String language) {
        public static final NewContact EMPTY = new NewContact("", "", ContactRole.MISSION, "en");
    }
}
