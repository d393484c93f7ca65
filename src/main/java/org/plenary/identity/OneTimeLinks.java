package org.plenary.identity;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.plenary.shared.InvalidInputException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * One-time links (invitations and password resets): stored by the hash of their secret, valid until they expire
 * or are used, whichever comes first.
 */
@Repository
class OneTimeLinks {

    enum Purpose { INVITATION, PASSWORD_RESET }

    /** A link: an invitation names the person invited, a reset the account. */
    record Link(UUID id, Purpose purpose, UUID account, String email, String displayName, UUID participant,
            String language, UUID issuedBy, Instant createdAt, Instant expiresAt, Instant usedAt) {
    }

    private static final String SELECT = """
            select id, purpose, account, email, display_name, participant, language, issued_by, created_at, expires_at,
                   used_at from account_link""";

    private final JdbcClient jdbc;

    OneTimeLinks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores a new link and answers its secret, which only the e-mail carries. */
    String issue(Link link) {
        String token = Secrets.token();
        jdbc.sql("""
                insert into account_link (id, purpose, token_hash, account, email, display_name, participant, language,
                                          issued_by, created_at, expires_at)
                values (:id, :purpose, :hash, :account, :email, :displayName, :participant, :language, :issuedBy,
                        :createdAt, :expiresAt)
                """)
                .param("id", link.id()).param("purpose", link.purpose().name()).param("hash", Secrets.sha256(token))
                .param("account", link.account()).param("email", link.email()).param("displayName", link.displayName())
                .param("participant", link.participant()).param("language", link.language())
                .param("issuedBy", link.issuedBy()).param("createdAt", Timestamp.from(link.createdAt()))
                .param("expiresAt", Timestamp.from(link.expiresAt()))
                .update();
        return token;
    }

    /** The link of {@code token} for {@code purpose}, locked, if it is still usable at {@code now}; refused otherwise. */
    Link lockUsable(String token, Purpose purpose, Instant now) {
        return usable(token, purpose, now, " for update");
    }

    /** The same without locking it, to show its page. */
    Link usable(String token, Purpose purpose, Instant now) {
        return usable(token, purpose, now, "");
    }

    private Link usable(String token, Purpose purpose, Instant now, String lock) {
        Link link = token == null || token.length() > 100 ? null
                : jdbc.sql(SELECT + " where token_hash = :hash and purpose = :purpose" + lock)
                        .param("hash", Secrets.sha256(token)).param("purpose", purpose.name())
                        .query(OneTimeLinks::map).optional().orElse(null);
        if (link == null) {
            throw InvalidInputException.of("token", "This link is not valid: ask for a new one")
                    .withKey("links.invalid");
        }
        if (link.usedAt() != null) {
            throw InvalidInputException.of("token", "This link has already been used: ask for a new one")
                    .withKey("links.used");
        }
        if (!link.expiresAt().isAfter(now)) {
            throw InvalidInputException.of("token", "This link has expired: ask for a new one")
                    .withKey("links.expired");
        }
        return link;
    }

    void markUsed(UUID id, Instant now) {
        jdbc.sql("update account_link set used_at = :now where id = :id").param("now", Timestamp.from(now))
                .param("id", id).update();
    }

    /** Invitations not yet accepted nor expired, newest first; those issued by {@code issuer} when not null. */
    List<Link> pendingInvitations(UUID issuer, Instant now) {
        return jdbc.sql(SELECT + " where purpose = 'INVITATION' and used_at is null and expires_at > :now"
                        + " and (cast(:issuer as uuid) is null or issued_by = :issuer) order by created_at desc")
                .param("now", Timestamp.from(now)).param("issuer", issuer)
                .query(OneTimeLinks::map).list();
    }

    private static Link map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Link(rs.getObject("id", UUID.class), Purpose.valueOf(rs.getString("purpose")),
                rs.getObject("account", UUID.class), rs.getString("email"), rs.getString("display_name"),
                rs.getObject("participant", UUID.class), rs.getString("language"),
                rs.getObject("issued_by", UUID.class), rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("expires_at").toInstant(),
                rs.getTimestamp("used_at") == null ? null : rs.getTimestamp("used_at").toInstant());
    }
}
