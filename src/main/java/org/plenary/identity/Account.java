package org.plenary.identity;

import java.time.Instant;
import java.util.UUID;
import org.plenary.shared.Actor;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;
import org.springframework.modulith.NamedInterface;

/**
 * A person's account: an administrator, an officer, or a delegate of a State or organisation
 * ({@code participant}).
 */
@NamedInterface("api")
@Table("account")
public class Account {

    @Id
    private final UUID id;
    private final String username;
    private final String passwordHash;
    private final String displayName;
    private final String email;
    private final UUID participant;
    private final boolean admin;
    private final String language;
    private final Instant createdAt;
    @Version
    private Long version;

    @PersistenceCreator
    Account(UUID id, String username, String passwordHash, String displayName, String email, UUID participant,
            boolean admin, String language, Instant createdAt, Long version) {
        this.id = id;
        this.username = username;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.email = email;
        this.participant = participant;
        this.admin = admin;
        this.language = language;
        this.createdAt = createdAt;
        this.version = version;
    }

    static Account create(String username, String passwordHash, String displayName, String email, UUID participant,
            boolean admin, String language, Instant now) {
        return new Account(UUID.randomUUID(), username, passwordHash, displayName, email, participant, admin, language,
                now, null);
    }

    public AccountId id() {
        return new AccountId(id);
    }

    public String username() {
        return username;
    }

    String passwordHash() {
        return passwordHash;
    }

    public String displayName() {
        return displayName;
    }

    public String email() {
        return email;
    }

    public UUID participant() {
        return participant;
    }

    public boolean admin() {
        return admin;
    }

    /** The language of this person's e-mails and, unless they choose another, of their pages: ar, zh, en, fr, ru or es. */
    public String language() {
        return language;
    }

    AccountDetails details(String passwordHash) {
        return new AccountDetails(actor(), passwordHash, language);
    }

    public Instant createdAt() {
        return createdAt;
    }

    Actor actor() {
        return new Actor(id, username, displayName, participant, admin);
    }
}
