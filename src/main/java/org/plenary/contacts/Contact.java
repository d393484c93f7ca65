package org.plenary.contacts;

import java.time.Instant;
import java.util.UUID;
import org.plenary.roster.ParticipantId;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** An official address of a State or organisation, and the language it is written to in. */
@Table("contact")
public class Contact {

    @Id
    private final UUID id;
    private final UUID participant;
    private final String email;
    private final String name;
    private final ContactRole role;
    private final String language;
    private final Instant createdAt;
    @Version
    private Long version;

    @PersistenceCreator
    Contact(UUID id, UUID participant, String email, String name, ContactRole role, String language,
            Instant createdAt, Long version) {
        this.id = id;
        this.participant = participant;
        this.email = email;
        this.name = name;
        this.role = role;
        this.language = language;
        this.createdAt = createdAt;
        this.version = version;
    }

    static Contact of(ParticipantId participant, ContactDetails details, Instant now) {
        return new Contact(UUID.randomUUID(), participant.value(), details.email(), details.name(), details.role(),
                details.language(), now, null);
    }

    public ContactId id() {
        return new ContactId(id);
    }

    public ParticipantId participant() {
        return new ParticipantId(participant);
    }

    public String email() {
        return email;
    }

    public String name() {
        return name;
    }

    public ContactRole role() {
        return role;
    }

    public String language() {
        return language;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
