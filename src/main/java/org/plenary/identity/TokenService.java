package org.plenary.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.plenary.audit.AuditLog;
import org.plenary.audit.AuditRecord;
import org.plenary.shared.Actor;
import org.plenary.shared.NotAuthenticatedException;
import org.plenary.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issues, checks and revokes API tokens. A token is 256 random bits shown once to its owner; only its
 * SHA-256 hash is stored, so a copy of the database does not reveal usable tokens.
 */
@Service
public class TokenService {

    public record Issued(String token, Instant expiresAt) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();
    static final String PREFIX = "pln_";

    private final JdbcClient jdbc;
    private final AccountRepository accounts;
    private final IdentityProperties properties;
    private final AuditLog audit;
    private final Clock clock;
    private final AuthenticationManager authentication;
    private final TransactionTemplate transaction;
    private final SecondFactorPolicy secondFactor;

    TokenService(JdbcClient jdbc, AccountRepository accounts, IdentityProperties properties, AuditLog audit,
            Clock clock, AuthenticationManager authentication, TransactionTemplate transaction,
            SecondFactorPolicy secondFactor) {
        this.authentication = authentication;
        this.transaction = transaction;
        this.secondFactor = secondFactor;
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.properties = properties;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Checks the credentials, throttled like the web sign-in ({@link SignInThrottled} when the caller must wait),
     * and, for an account with a second factor, its {@code code}; then issues a token. The check runs outside any
     * transaction, so that no database connection is held while
     * the password is hashed or while the request waits for its turn; only the token is written, in a
     * transaction of its own.
     */
    public Issued signIn(String username, String password, String code, String clientAddress) {
        UsernamePasswordAuthenticationToken attempt = UsernamePasswordAuthenticationToken.unauthenticated(
                username == null ? "" : username, password == null ? "" : password);
        attempt.setDetails(new WebAuthenticationDetails(clientAddress, null));
        Authentication signedIn;
        try {
            signedIn = authentication.authenticate(attempt);
        } catch (SignInThrottled e) {
            throw e;
        } catch (AuthenticationException e) {
            throw new NotAuthenticatedException("The username or password is wrong");
        }
        secondFactor.checkForToken(((AccountDetails) signedIn.getPrincipal()).actor(), code);
        AccountId account = new AccountId(((AccountDetails) signedIn.getPrincipal()).actor().accountId());
        return transaction.execute(status -> issue(account));
    }

    private Issued issue(AccountId account) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Instant expiresAt = now.plus(properties.tokenLifetime());
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into api_token (id, account, token_hash, issued_at, expires_at)
                values (:id, :account, :hash, :issuedAt, :expiresAt)
                """)
                .param("id", id).param("account", account.value()).param("hash", sha256(token))
                .param("issuedAt", Timestamp.from(now)).param("expiresAt", Timestamp.from(expiresAt))
                .update();
        audit.record(AuditRecord.created("identity.token.issued", "api-token", id, null,
                Map.of("account", account.toString(), "expiresAt", expiresAt.toString())));
        return new Issued(token, expiresAt);
    }

    /**
     * The account a valid (known, unexpired, unrevoked) token of an active account belongs to. One indexed query on
     * every API call, in no transaction: nothing is cached, so a revoked token, an expired one or a deactivated
     * account is refused from the next call on, and the account's participant and role are those of now.
     */
    Optional<AccountDetails> authenticate(String token) {
        if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
            return Optional.empty();
        }
        return jdbc.sql("""
                select a.id, a.username, a.display_name, a.participant, a.admin, a.language
                  from api_token t join account a on a.id = t.account
                 where t.token_hash = :hash and t.revoked_at is null and t.expires_at > :now
                   and a.deactivated_at is null
                """)
                .param("hash", sha256(token)).param("now", Timestamp.from(clock.instant()))
                .query((rs, n) -> new AccountDetails(new Actor(rs.getObject("id", UUID.class), rs.getString("username"),
                        rs.getString("display_name"), rs.getObject("participant", UUID.class), rs.getBoolean("admin")),
                        null, rs.getString("language")))
                .optional();
    }

    /** Revokes one token; answers whether it was valid until now. */
    @Transactional
    public boolean revoke(String token) {
        Optional<UUID> id = jdbc.sql("""
                update api_token set revoked_at = :now where token_hash = :hash and revoked_at is null returning id
                """)
                .param("now", Timestamp.from(clock.instant())).param("hash", sha256(token))
                .query(UUID.class).optional();
        id.ifPresent(tokenId -> audit.record(AuditRecord.changed("identity.token.revoked", "api-token", tokenId,
                null, Map.of("revoked", false), Map.of("revoked", true))));
        return id.isPresent();
    }

    /** Revokes every token of an account; answers how many. */
    @Transactional
    public int revokeAll(AccountId account) {
        IdentityPolicy.mayManageAccounts(Actor.require()).orForbid();
        if (!accounts.existsById(account.value())) {
            throw new NotFoundException("User", account);
        }
        int revoked = jdbc.sql("update api_token set revoked_at = :now where account = :account and revoked_at is null")
                .param("now", Timestamp.from(clock.instant())).param("account", account.value())
                .update();
        audit.record(AuditRecord.changed("identity.tokens.revoked", "account", account, null, null,
                Map.of("revokedTokens", revoked)));
        return revoked;
    }

    private static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
