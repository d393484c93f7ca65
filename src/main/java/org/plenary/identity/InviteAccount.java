package org.plenary.identity;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.plenary.audit.AuditLog;
import org.plenary.audit.AuditRecord;
import org.plenary.roster.ParticipantId;
import org.plenary.roster.Roster;
import org.plenary.shared.Actor;
import org.plenary.shared.ConflictException;
import org.plenary.shared.InvalidInputException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invites a person by e-mail: a one-time link, valid for a week, where they choose their username and password.
 * Nobody but the person ever knows the password.
 */
@Service
public class InviteAccount {

    public record Command(String email, String displayName, ParticipantId participant, String language) {
    }

    private final OneTimeLinks links;
    private final Roster roster;
    private final OfficerDirectory officers;
    private final AccountMail mail;
    private final AccountLifecycleProperties properties;
    private final AuditLog audit;
    private final JdbcClient jdbc;
    private final Clock clock;

    InviteAccount(OneTimeLinks links, Roster roster, OfficerDirectory officers, AccountMail mail,
            AccountLifecycleProperties properties, AuditLog audit, JdbcClient jdbc, Clock clock) {
        this.links = links;
        this.roster = roster;
        this.officers = officers;
        this.mail = mail;
        this.properties = properties;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    public Invitation execute(Command command) {
        Actor actor = Actor.require();
        String email = AccountFields.email(command.email());
        String displayName = AccountFields.displayName(command.displayName());
        String language = AccountFields.language(command.language());
        if (command.participant() != null && roster.participant(command.participant()).isEmpty()) {
            throw InvalidInputException.of("participantId", "No participant has this id");
        }
        InvitationPolicy.mayInvite(actor, command.participant(), officers).orForbid();
        if (jdbc.sql("select count(*) from account where lower(email) = lower(:email)").param("email", email)
                .query(Long.class).single() > 0) {
            throw new ConflictException("An account with the e-mail address " + email + " exists already");
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        OneTimeLinks.Link link = new OneTimeLinks.Link(UUID.randomUUID(), OneTimeLinks.Purpose.INVITATION, null, email,
                displayName, command.participant() == null ? null : command.participant().value(), language,
                actor.accountId(), now, now.plus(properties.invitationLifetime()), null);
        String token = links.issue(link);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("email", email);
        after.put("displayName", displayName);
        after.put("participant", String.valueOf(link.participant()));
        after.put("language", language);
        after.put("expiresAt", link.expiresAt().toString());
        audit.record(AuditRecord.created("identity.invitation.created", "invitation", link.id(), null, after));
        mail.queue("invitation", email, language, "/invitations/" + token, displayName, actor.displayName(),
                DateTimeFormatter.ISO_LOCAL_DATE.format(link.expiresAt().atZone(ZoneOffset.UTC)));
        return Invitation.of(link);
    }

    /** Whether the signed-in person may invite anybody at all: administrators and officers. */
    @Transactional(readOnly = true)
    public boolean mayInvite() {
        Actor actor = Actor.require();
        return actor.admin() || officers.isOfficer(new AccountId(actor.accountId()));
    }

    /** The invitations waiting: all of them for an administrator, an officer's own otherwise. */
    @Transactional(readOnly = true)
    public List<Invitation> pending() {
        Actor actor = Actor.require();
        if (!mayInvite()) {
            InvitationPolicy.mayInvite(actor, null, officers).orForbid();
        }
        return links.pendingInvitations(actor.admin() ? null : actor.accountId(), clock.instant()).stream()
                .map(Invitation::of).toList();
    }
}
