package org.plenary.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Who is who at the providers: the links (issuer, subject) → account, and the requests awaiting approval. */
@Repository
class ProviderLinks {

    private final JdbcClient jdbc;

    ProviderLinks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<UUID> accountOf(String issuer, String subject) {
        return jdbc.sql("select account from provider_link where issuer = :issuer and subject = :subject")
                .param("issuer", issuer).param("subject", subject).query(UUID.class).optional();
    }

    void link(String issuer, String subject, UUID account, String provider, Instant now) {
        jdbc.sql("""
                insert into provider_link (issuer, subject, account, provider, linked_at)
                values (:issuer, :subject, :account, :provider, :now)
                """)
                .param("issuer", issuer).param("subject", subject).param("account", account)
                .param("provider", provider).param("now", Timestamp.from(now)).update();
    }

    Optional<SignInRequest> request(String issuer, String subject) {
        return jdbc.sql("select * from provider_sign_in_request where issuer = :issuer and subject = :subject")
                .param("issuer", issuer).param("subject", subject).query(ProviderLinks::request).optional();
    }

    /** The request, locked until the end of the transaction. */
    Optional<SignInRequest> lock(UUID id) {
        return jdbc.sql("select * from provider_sign_in_request where id = :id for update")
                .param("id", id).query(ProviderLinks::request).optional();
    }

    void add(SignInRequest request) {
        jdbc.sql("""
                insert into provider_sign_in_request (id, issuer, subject, provider, email, email_verified,
                                                      display_name, requested_at, status)
                values (:id, :issuer, :subject, :provider, :email, :verified, :name, :at, 'PENDING')
                """)
                .param("id", request.id()).param("issuer", request.issuer()).param("subject", request.subject())
                .param("provider", request.provider()).param("email", request.email())
                .param("verified", request.emailVerified()).param("name", request.displayName())
                .param("at", Timestamp.from(request.requestedAt())).update();
    }

    void decide(UUID id, SignInRequest.Status status, UUID decidedBy, UUID account, Instant now) {
        jdbc.sql("""
                update provider_sign_in_request
                   set status = :status, decided_at = :now, decided_by = :by, account = :account
                 where id = :id
                """)
                .param("status", status.name()).param("now", Timestamp.from(now)).param("by", decidedBy)
                .param("account", account).param("id", id).update();
    }

    List<SignInRequest> pending() {
        return jdbc.sql("select * from provider_sign_in_request where status = 'PENDING' order by requested_at, id")
                .query(ProviderLinks::request).list();
    }

    private static SignInRequest request(ResultSet rs, int row) throws SQLException {
        return new SignInRequest(rs.getObject("id", UUID.class), rs.getString("provider"), rs.getString("issuer"),
                rs.getString("subject"), rs.getString("email"), rs.getBoolean("email_verified"),
                rs.getString("display_name"), rs.getTimestamp("requested_at").toInstant(),
                SignInRequest.Status.valueOf(rs.getString("status")));
    }
}
