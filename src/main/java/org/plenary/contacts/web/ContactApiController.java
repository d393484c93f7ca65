package org.plenary.contacts.web;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.plenary.contacts.AddContact;
import org.plenary.contacts.Contact;
import org.plenary.contacts.ContactDetails;
import org.plenary.contacts.ContactId;
import org.plenary.contacts.ContactRole;
import org.plenary.contacts.Contacts;
import org.plenary.contacts.ExportContacts;
import org.plenary.contacts.ImportContacts;
import org.plenary.contacts.RemoveContact;
import org.plenary.roster.ParticipantId;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Contacts", description = "Official addresses of States and organisations, independent of accounts")
class ContactApiController {

    record NewContact(String email, String name, ContactRole role, String language) {
    }

    private final Contacts contacts;
    private final AddContact addContact;
    private final RemoveContact removeContact;
    private final ImportContacts importContacts;
    private final ExportContacts exportContacts;

    ContactApiController(Contacts contacts, AddContact addContact, RemoveContact removeContact,
            ImportContacts importContacts, ExportContacts exportContacts) {
        this.contacts = contacts;
        this.addContact = addContact;
        this.removeContact = removeContact;
        this.importContacts = importContacts;
        this.exportContacts = exportContacts;
    }

    @PostMapping("/participants/{id}/contacts")
    @Operation(operationId = "addContact",
            summary = "Add an official address to a State or organisation (administrators, officers, its delegates)")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<ContactResponse> add(@PathVariable String id, @RequestBody NewContact request) {
        ParticipantId participant = ParticipantId.parse(id);
        Contact contact = addContact.execute(participant, ContactDetails.of(request.email(), request.name(),
                request.role(), request.language()));
        return ResponseEntity.created(URI.create("/api/v1/participants/" + participant + "/contacts/" + contact.id()))
                .body(ContactResponse.of(contact));
    }

    @GetMapping("/participants/{id}/contacts")
    @Operation(operationId = "listContacts",
            summary = "The official addresses of a State or organisation (administrators, officers, its delegates)")
    List<ContactResponse> list(@PathVariable String id) {
        return contacts.of(ParticipantId.parse(id)).stream().map(ContactResponse::of).toList();
    }

    @DeleteMapping("/participants/{id}/contacts/{contactId}")
    @Operation(operationId = "removeContact", summary = "Remove an address (administrators, officers, its delegates)")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    ResponseEntity<Void> remove(@PathVariable String id, @PathVariable String contactId) {
        removeContact.execute(ParticipantId.parse(id), ContactId.parse(contactId));
        return ResponseEntity.noContent().build();
    }

    @PostMapping(path = "/contacts", consumes = "text/csv")
    @Operation(operationId = "importContacts",
            summary = "Import contacts from CSV (participant,email,name,role,language), all or nothing (administrators)")
    ImportContacts.Result importAll(@RequestBody(required = false) byte[] csv) {
        return importContacts.execute(csv);
    }

    @GetMapping(path = "/contacts", produces = "text/csv")
    @Operation(operationId = "exportContacts", summary = "Every contact as CSV, re-importable (administrators)")
    ResponseEntity<String> exportAll() {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_TYPE, "text/csv;charset=UTF-8")
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("contacts.csv")
                        .build().toString())
                .body(exportContacts.csv());
    }
}
