package org.plenary.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.plenary.audit.AuditLog;
import org.plenary.audit.AuditRecord;
import org.plenary.roster.ParticipantId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The invited person chooses a username and a password through the link: the account exists from then on. */
@Service
public class AcceptInvitation {

    private final OneTimeLinks links;
    private final CreateAccount createAccount;
    private final AuditLog audit;
    private final Clock clock;

    AcceptInvitation(OneTimeLinks links, CreateAccount createAccount, AuditLog audit, Clock clock) {
        this.links = links;
        this.createAccount = createAccount;
        this.audit = audit;
        this.clock = clock;
    }

    /** The invitation of a link still usable, to show its page; refused (400) if it is unknown, used or expired. */
    @Transactional(readOnly = true)
    public Invitation find(String token) {
        return Invitation.of(links.usable(token, OneTimeLinks.Purpose.INVITATION, clock.instant()));
    }

    /** Suggests a username from the invited address. */
    public static String suggestedUsername(Invitation invitation) {
        return AccountFields.suggestedUsername(invitation.email());
    }

    @Transactional
    public Account execute(String token, String username, String password) {
        Instant now = clock.instant();
        OneTimeLinks.Link link = links.lockUsable(token, OneTimeLinks.Purpose.INVITATION, now);
        Account account = createAccount.create(new CreateAccount.Command(username, password, link.displayName(),
                link.email(), link.participant() == null ? null : new ParticipantId(link.participant()), false,
                link.language()));
        links.markUsed(link.id(), now);
        audit.record(AuditRecord.changed("identity.invitation.accepted", "invitation", link.id(), null,
                Map.of("accepted", false), Map.of("accepted", true, "account", account.id().toString())));
        return account;
    }
}
