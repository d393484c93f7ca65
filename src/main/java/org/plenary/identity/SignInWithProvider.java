package org.plenary.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.plenary.audit.AuditLog;
import org.plenary.audit.AuditRecord;
import org.plenary.shared.Actor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person comes back from their provider: the account linked to their (issuer, subject); at their first
 * sign-in, the one account with their e-mail if the provider says it verified it (then linked for good);
 * otherwise a request that waits for an administrator.
 */
@Service
class SignInWithProvider {

    /** Who the provider says signed in; e-mail and name as the provider gave them. */
    record Person(String provider, String issuer, String subject, String email, boolean emailVerified,
            String displayName) {
    }

    sealed interface Outcome {
    }

    record SignedIn(Actor actor) implements Outcome {
    }

    record AwaitingApproval() implements Outcome {
    }

    record Rejected() implements Outcome {
    }

    private final ProviderLinks links;
    private final AccountRepository accounts;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    SignInWithProvider(ProviderLinks links, AccountRepository accounts, JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.links = links;
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    Outcome execute(Person person) {
        Optional<Account> linked = links.accountOf(person.issuer(), person.subject()).flatMap(accounts::findById);
        if (linked.isPresent()) {
            return new SignedIn(linked.get().actor());
        }
        String email = email(person.email());
        Optional<Account> byEmail = person.emailVerified() && email != null ? onlyAccountWith(email) : Optional.empty();
        if (byEmail.isPresent()) {
            Account account = byEmail.get();
            links.link(person.issuer(), person.subject(), account.id().value(), person.provider(), clock.instant());
            audit.record(AuditRecord.created("identity.provider.linked", "account", account.id(), null,
                    Map.of("provider", person.provider(), "issuer", person.issuer(), "subject", person.subject(),
                            "by", "verified e-mail", "email", email)));
            return new SignedIn(account.actor());
        }
        Optional<SignInRequest> request = links.request(person.issuer(), person.subject());
        if (request.isPresent()) {
            return request.get().status() == SignInRequest.Status.REJECTED ? new Rejected() : new AwaitingApproval();
        }
        SignInRequest pending = new SignInRequest(UUID.randomUUID(), person.provider(), person.issuer(),
                person.subject(), email, person.emailVerified(), name(person.displayName()), clock.instant(),
                SignInRequest.Status.PENDING);
        links.add(pending);
        audit.record(AuditRecord.created("identity.provider.sign-in-requested", "provider-sign-in-request",
                pending.id(), null, Map.of("provider", person.provider(), "issuer", person.issuer(),
                        "subject", person.subject(), "email", String.valueOf(email),
                        "emailVerified", person.emailVerified())));
        return new AwaitingApproval();
    }

    private Optional<Account> onlyAccountWith(String email) {
        List<UUID> ids = jdbc.sql("select id from account where lower(email) = :email")
                .param("email", email.toLowerCase(Locale.ROOT)).query(UUID.class).list();
        return ids.size() == 1 ? accounts.findById(ids.getFirst()) : Optional.empty();
    }

    private static String email(String email) {
        String stripped = email == null ? "" : email.strip();
        return stripped.matches("[^@\\s]+@[^@\\s]+") && stripped.length() <= 254 ? stripped : null;
    }

    private static String name(String name) {
        String clean = name == null ? "" : name.replaceAll("\\p{Cntrl}", " ").strip();
        return clean.isEmpty() ? null : clean.substring(0, Math.min(clean.length(), 200));
    }
}
