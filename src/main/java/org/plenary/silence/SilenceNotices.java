package org.plenary.silence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.plenary.contacts.Addresses;
import org.plenary.contacts.Coverage;
import org.plenary.contacts.NoticeCoverages;
import org.plenary.notifications.Outbox;
import org.plenary.notifications.QueuedMail;
import org.plenary.processes.Process;
import org.plenary.processes.Processes;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The e-mails that tell the delegations about a procedure (its circulation, the reminder before its deadline, its
 * adoption, the breaking of silence, its withdrawal):
 * one per distinct address (official contact or delegate account) of every participant of the process, handed to
 * the outbox in the transaction of the change, like the dispatches of letters ({@link NoticeMail} writes them,
 * {@link NoticeDeliveries} records how each went).
 */
@Component
public class SilenceNotices {

    enum Kind { CIRCULATION, REMINDER, ADOPTED, BROKEN, WITHDRAWN }

    /** One queued e-mail, as the delivery reads it. */
    record Notice(UUID id, SilenceProcedureId procedure, Kind kind, String email, String status) {
    }

    private final Processes processes;
    private final Addresses addresses;
    private final Outbox outbox;
    private final JdbcClient jdbc;
    private final NamedParameterJdbcOperations batch;
    private final NoticeCoverages coverages;

    SilenceNotices(Processes processes, Addresses addresses, Outbox outbox, JdbcClient jdbc,
            NamedParameterJdbcOperations batch, NoticeCoverages coverages) {
        this.coverages = coverages;
        this.processes = processes;
        this.addresses = addresses;
        this.outbox = outbox;
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /**
     * Queues one e-mail of {@code kind} per address of every participant today, unless that address had it
     * already; answers how many were queued.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    int queue(Process process, SilenceProcedureId procedure, Kind kind, Instant at) {
        List<SqlParameterSource> rows = new ArrayList<>();
        List<Addresses.Addressed> addressed = addresses.of(processes.participants(process, processes.today(process)));
        if (kind == Kind.CIRCULATION) {
            coverages.record(procedure.value(), Coverage.of(addressed));
        }
        for (Addresses.Addressed participant : addressed) {
            for (Addresses.Address address : participant.addresses()) {
                rows.add(new MapSqlParameterSource().addValue("id", UUID.randomUUID())
                        .addValue("procedure", procedure.value()).addValue("kind", kind.name())
                        .addValue("participant", participant.standing().id().value())
                        .addValue("account", address.account()).addValue("contact", address.contact())
                        .addValue("email", address.email()).addValue("language", address.language())
                        .addValue("at", Timestamp.from(at)));
            }
        }
        int[] inserted = batch.batchUpdate("""
                insert into silence_notice (id, procedure, kind, participant, account, contact, email, language,
                                            status, queued_at, updated_at)
                values (:id, :procedure, :kind, :participant, :account, :contact, :email, :language, 'QUEUED', :at,
                        :at)
                on conflict (procedure, kind, lower(email)) do nothing
                """, rows.toArray(SqlParameterSource[]::new));
        List<QueuedMail> mails = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (inserted[i] != 0) {
                SqlParameterSource row = rows.get(i);
                mails.add(new QueuedMail((UUID) row.getValue("id"), NoticeMail.KIND, (String) row.getValue("email"),
                        (String) row.getValue("language")));
            }
        }
        outbox.queue(mails);
        return mails.size();
    }

    /** The notices of {@code ids} that exist, by id, read at once (the outbox writes e-mails in batches). */
    Map<UUID, Notice> find(List<UUID> ids) {
        return jdbc.sql("select id, procedure, kind, email, status from silence_notice where id in (:ids)")
                .param("ids", ids)
                .query((rs, n) -> new Notice(rs.getObject(1, UUID.class),
                        new SilenceProcedureId(rs.getObject(2, UUID.class)), Kind.valueOf(rs.getString(3)),
                        rs.getString(4), rs.getString(5)))
                .list().stream().collect(Collectors.toMap(Notice::id, Function.identity()));
    }

    void markSent(List<UUID> ids, Instant at) {
        jdbc.sql("""
                update silence_notice set status = 'SENT', sent_at = :at, updated_at = :at, attempts = attempts + 1,
                       last_error = null where id in (:ids) and status <> 'SENT'
                """).param("at", Timestamp.from(at)).param("ids", ids).update();
    }

    void markFailed(UUID id, String error, Instant at) {
        jdbc.sql("""
                update silence_notice set status = 'FAILED', last_error = :error, updated_at = :at,
                       attempts = attempts + 1 where id = :id and status <> 'SENT'
                """).param("error", error).param("at", Timestamp.from(at)).param("id", id).update();
    }

    /**
     * How far the circulation of a procedure reached, for its officers, as at circulation: the participants it was
     * sent to and, by name, those it was addressed to but could not reach (no address); and its e-mails by state.
     */
    Optional<Circulation> circulation(SilenceProcedureId procedure) {
        Map<String, Integer> emails = counts(procedure).stream().filter(c -> c.kind() == Kind.CIRCULATION)
                .collect(Collectors.toMap(Count::status, Count::emails));
        return coverages.last(procedure.value()).map(coverage -> new Circulation(coverage,
                emails.getOrDefault("QUEUED", 0), emails.getOrDefault("SENT", 0), emails.getOrDefault("FAILED", 0)));
    }

    /** How many e-mails of a procedure are in each state, for the officers' view. */
    List<Count> counts(SilenceProcedureId procedure) {
        return jdbc.sql("""
                select kind, status, count(*) from silence_notice where procedure = :p group by kind, status
                 order by kind, status
                """).param("p", procedure.value())
                .query((rs, n) -> new Count(Kind.valueOf(rs.getString(1)), rs.getString(2), rs.getInt(3))).list();
    }

    record Count(Kind kind, String status, int emails) {
    }

    /** The reach of a circulation and its e-mails by state. */
    public record Circulation(Coverage coverage, int queued, int sent, int failed) {
    }
}
