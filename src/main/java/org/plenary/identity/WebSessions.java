package org.plenary.identity;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.plenary.audit.AuditLog;
import org.plenary.audit.AuditRecord;
import org.plenary.shared.Actor;
import org.plenary.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The web sessions of each account, kept in the database: a person sees and ends their own; deactivation and a
 * password reset end them all. Every signed-in page checks its session's row, so an ended session is refused at
 * once whichever instance serves it. (The session's content stays in the memory of its instance.)
 */
@Service
public class WebSessions {

    /** A session as its owner sees it. */
    public record WebSession(UUID id, Instant signedInAt, Instant lastSeenAt, String userAgent) {
    }

    private static final Duration SEEN_PRECISION = Duration.ofMinutes(1);

    private final JdbcClient jdbc;
    private final AuditLog audit;

    WebSessions(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** The id of the session of this request, if it is signed in. */
    public static UUID current(jakarta.servlet.http.HttpServletRequest request) {
        jakarta.servlet.http.HttpSession session = request.getSession(false);
        return session != null && session.getAttribute(WebSessionFilter.ATTRIBUTE) instanceof UUID id ? id : null;
    }

    @Transactional
    UUID open(UUID account, String userAgent, Instant now) {
        UUID id = UUID.randomUUID();
        String agent = userAgent == null ? "" : userAgent.replaceAll("\\p{Cntrl}", "");
        jdbc.sql("""
                insert into web_session (id, account, signed_in_at, last_seen_at, user_agent)
                values (:id, :account, :now, :now, :agent)
                """).param("id", id).param("account", account).param("now", Timestamp.from(now))
                .param("agent", agent.length() > 300 ? agent.substring(0, 300) : agent).update();
        return id;
    }

    /**
     * The language of the session's account as it now is, while the session goes on (not ended, its account
     * active); empty once it has ended. Notes when it was last seen, to the minute.
     */
    @Transactional
    Optional<String> languageWhileValid(UUID id, Instant now) {
        Optional<String> language = jdbc.sql("""
                select a.language from web_session s join account a on a.id = s.account
                 where s.id = :id and s.ended_at is null and a.deactivated_at is null
                """).param("id", id).query(String.class).optional();
        if (language.isPresent()) {
            jdbc.sql("update web_session set last_seen_at = :now where id = :id and last_seen_at < :since")
                    .param("id", id).param("now", Timestamp.from(now))
                    .param("since", Timestamp.from(now.minus(SEEN_PRECISION))).update();
        }
        return language;
    }

    /** The session has ended by itself (sign-out, timeout). */
    @Transactional
    void ended(UUID id, Instant now) {
        jdbc.sql("update web_session set ended_at = :now where id = :id and ended_at is null")
                .param("id", id).param("now", Timestamp.from(now)).update();
    }

    /** The signed-in person's sessions that have not ended, the latest first. */
    @Transactional(readOnly = true)
    public List<WebSession> mine() {
        return jdbc.sql("""
                select id, signed_in_at, last_seen_at, user_agent from web_session
                 where account = :account and ended_at is null order by last_seen_at desc
                """).param("account", Actor.require().accountId())
                .query((rs, n) -> new WebSession(rs.getObject(1, UUID.class), rs.getTimestamp(2).toInstant(),
                        rs.getTimestamp(3).toInstant(), rs.getString(4)))
                .list();
    }

    /** Ends one of the signed-in person's sessions; 404 if it is not theirs or has ended. */
    @Transactional
    public void end(UUID id, Instant now) {
        UUID account = Actor.require().accountId();
        int ended = jdbc.sql("update web_session set ended_at = :now where id = :id and account = :account and ended_at is null")
                .param("id", id).param("account", account).param("now", Timestamp.from(now)).update();
        if (ended == 0) {
            throw new NotFoundException("Session", id);
        }
        audit.record(AuditRecord.changed("identity.session.ended", "web-session", id, null,
                Map.of("ended", false), Map.of("ended", true)));
    }

    /** Ends every session of an account but {@code except} (may be null); answers how many. */
    int endAll(UUID account, UUID except, Instant now) {
        return jdbc.sql("""
                update web_session set ended_at = :now
                 where account = :account and ended_at is null and (cast(:except as uuid) is null or id <> :except)
                """).param("account", account).param("except", except).param("now", Timestamp.from(now)).update();
    }
}
