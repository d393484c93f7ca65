package org.plenary.identity;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.plenary.audit.AuditLog;
import org.plenary.audit.AuditRecord;
import org.plenary.roster.ParticipantId;
import org.plenary.shared.Actor;
import org.plenary.shared.ConflictException;
import org.plenary.shared.InvalidInputException;
import org.plenary.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An administrator decides on a person waiting after their first sign-in through a provider: approve by linking
 * them to an existing account or to a new one (roles are the account's, set in Plenary), or reject.
 */
@Service
public class DecideSignInRequest {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final ProviderLinks links;
    private final AccountRepository accounts;
    private final CreateAccount createAccount;
    private final AuditLog audit;
    private final Clock clock;

    DecideSignInRequest(ProviderLinks links, AccountRepository accounts, CreateAccount createAccount, AuditLog audit,
            Clock clock) {
        this.links = links;
        this.accounts = accounts;
        this.createAccount = createAccount;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<SignInRequest> pending() {
        IdentityPolicy.mayManageAccounts(Actor.require()).orForbid();
        return links.pending();
    }

    /** Links the person to an existing account. */
    @Transactional
    public Account linkTo(UUID request, AccountId account) {
        Actor admin = Actor.require();
        IdentityPolicy.mayManageAccounts(admin).orForbid();
        SignInRequest pending = pendingRequest(request);
        Account linked = (account == null ? null : accounts.findById(account.value()).orElse(null));
        if (linked == null) {
            throw InvalidInputException.of("account", "No account has this id");
        }
        return approve(pending, linked, admin);
    }

    /** Creates an account for the person (a delegate of {@code participant}, or an officer) and links it. */
    @Transactional
    public Account createAccount(UUID request, String username, ParticipantId participant) {
        Actor admin = Actor.require();
        IdentityPolicy.mayManageAccounts(admin).orForbid();
        SignInRequest pending = pendingRequest(request);
        if (pending.email() == null) {
            throw InvalidInputException.of("email",
                    "The provider gave no e-mail address for this person: link an existing account instead");
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        // Nobody knows this password: the person signs in through the provider.
        Account created = createAccount.create(new CreateAccount.Command(username,
                Base64.getUrlEncoder().withoutPadding().encodeToString(secret), pending.name(), pending.email(),
                participant, false, null));
        return approve(pending, created, admin);
    }

    @Transactional
    public void reject(UUID request) {
        Actor admin = Actor.require();
        IdentityPolicy.mayManageAccounts(admin).orForbid();
        SignInRequest pending = pendingRequest(request);
        links.decide(pending.id(), SignInRequest.Status.REJECTED, admin.accountId(), null, clock.instant());
        audit.record(AuditRecord.changed("identity.provider.sign-in-rejected", "provider-sign-in-request",
                pending.id(), null, Map.of("status", "PENDING"), Map.of("status", "REJECTED")));
    }

    private Account approve(SignInRequest pending, Account account, Actor admin) {
        links.link(pending.issuer(), pending.subject(), account.id().value(), pending.provider(), clock.instant());
        links.decide(pending.id(), SignInRequest.Status.APPROVED, admin.accountId(), account.id().value(),
                clock.instant());
        audit.record(AuditRecord.changed("identity.provider.sign-in-approved", "provider-sign-in-request",
                pending.id(), null, Map.of("status", "PENDING"),
                Map.of("status", "APPROVED", "account", account.id().toString(), "username", account.username(),
                        "issuer", pending.issuer(), "subject", pending.subject())));
        return account;
    }

    private SignInRequest pendingRequest(UUID id) {
        SignInRequest request = (id == null ? null : links.lock(id).orElse(null));
        if (request == null) {
            throw new NotFoundException("Sign-in request", id);
        }
        if (request.status() != SignInRequest.Status.PENDING) {
            throw new ConflictException("This sign-in request was already " + request.status().name().toLowerCase());
        }
        return request;
    }
}
