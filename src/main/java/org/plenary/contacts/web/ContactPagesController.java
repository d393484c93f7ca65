package org.plenary.contacts.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.plenary.contacts.AddContact;
import org.plenary.contacts.Contact;
import org.plenary.contacts.ContactDetails;
import org.plenary.contacts.ContactId;
import org.plenary.contacts.ContactRole;
import org.plenary.contacts.Contacts;
import org.plenary.contacts.RemoveContact;
import org.plenary.roster.Participant;
import org.plenary.roster.ParticipantId;
import org.plenary.roster.Roster;
import org.plenary.shared.ConflictException;
import org.plenary.shared.InvalidInputException;
import org.plenary.shared.NotFoundException;
import org.plenary.shared.web.Form;
import org.plenary.shared.web.Notice;
import org.plenary.shared.web.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The contacts page of a State or organisation: its official addresses, a form to add one and a button to remove
 * each, for administrators, officers and the participant's own delegates (others are refused by the use cases).
 */
@PageController
class ContactPagesController {

    private final Roster roster;
    private final Contacts contacts;
    private final AddContact addContact;
    private final RemoveContact removeContact;

    ContactPagesController(Roster roster, Contacts contacts, AddContact addContact, RemoveContact removeContact) {
        this.roster = roster;
        this.contacts = contacts;
        this.addContact = addContact;
        this.removeContact = removeContact;
    }

    @GetMapping("/participants/{id}/contacts")
    String contacts(@PathVariable String id, Model model) {
        ParticipantId participant = ParticipantId.parse(id);
        List<Contact> listed = contacts.of(participant);
        model.addAttribute("view", new ContactsPage(roster.participant(participant)
                .orElseThrow(() -> new NotFoundException("Participant", id)), listed));
        return "contacts/contacts";
    }

    @PostMapping("/participants/{id}/contacts")
    String add(@PathVariable String id, ContactsPage.NewContact form, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        ParticipantId participant = ParticipantId.parse(id);
        try {
            Contact added = addContact.execute(participant, ContactDetails.of(form.email(), form.name(), form.role(),
                    form.language()));
            Notice.send(redirect, "contacts.added", added.email());
            return "redirect:/participants/" + participant + "/contacts";
        } catch (InvalidInputException | ConflictException e) {
            model.addAttribute("contactForm", Form.refused(form, e, response));
            return contacts(id, model);
        }
    }

    @PostMapping("/participants/{id}/contacts/{contactId}/remove")
    String remove(@PathVariable String id, @PathVariable String contactId, RedirectAttributes redirect) {
        ParticipantId participant = ParticipantId.parse(id);
        removeContact.execute(participant, ContactId.parse(contactId));
        Notice.send(redirect, "contacts.removed");
        return "redirect:/participants/" + participant + "/contacts";
    }

    @GetMapping("/participants/{id}/contacts/{contactId}/remove")
    String back(@PathVariable String id) {
        return "redirect:/participants/" + ParticipantId.parse(id) + "/contacts";
    }
}
