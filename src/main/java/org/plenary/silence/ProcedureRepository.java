package org.plenary.silence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.plenary.documents.DocumentId;
import org.plenary.processes.ProcessId;
import org.plenary.shared.MeetingId;
import org.plenary.shared.NotFoundException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores silence procedures, their eligible States, documents and the answers received. */
@Repository
class ProcedureRepository {

    /** A procedure's columns with its documents in order. */
    private static final String COLUMNS = """
            select s.*, array(select d.document from silence_document d where d.procedure = s.id
                              order by d.position) as documents
            """;

    /** Procedures with their documents, in one query. */
    private static final String PROCEDURES = COLUMNS + " from silence_procedure s";

    private static final String RESPONSES = """
            select r.*, p.name as participant_name, a.username, e.idx as audit_index from silence_response r
              join participant p on p.id = r.participant join account a on a.id = r.account
              left join audit_entry e on e.id = r.audit_entry
            """;

    private final JdbcClient jdbc;

    ProcedureRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The next number of a procedure in the process; the process row is locked so that two drafts differ. */
    int nextNumber(ProcessId process) {
        jdbc.sql("select id from process where id = :id for update").param("id", process.value()).query().singleRow();
        return jdbc.sql("select coalesce(max(number), 0) + 1 from silence_procedure where process = :p")
                .param("p", process.value()).query(Integer.class).single();
    }

    /**
     * Stores {@code p}. Its first version is inserted; a later one updates the row of the version it follows, and
     * fails if another was stored meanwhile (a stale write). Its documents are written while it is a draft.
     */
    void save(SilenceProcedure p) {
        JdbcClient.StatementSpec statement = p.version() == 0 ? jdbc.sql("""
                insert into silence_procedure (id, process, number, subject, proposal, deadline_at,
                    amendments_break_silence, effect_type, effect_meeting, effect_start, effect_end, revises,
                    announced_with, status, created_at, created_by, circulated_at, circulated_by, concluded_at,
                    outcome_letter, effect_result, withdrawal_reason, version, original_language)
                values (:id, :process, :number, :subject, :proposal, :deadline, :amendments, :effectType, :meeting,
                    :start, :end, :revises, :announcedWith, :status, :createdAt, :createdBy, :circulatedAt,
                    :circulatedBy, :concludedAt, :outcomeLetter, :effectResult, :withdrawalReason, :version,
                    (select languages[1] from process where id = :process))
                """) : jdbc.sql("""
                update silence_procedure set subject = :subject, proposal = :proposal, deadline_at = :deadline,
                       amendments_break_silence = :amendments, effect_type = :effectType, effect_meeting = :meeting,
                       effect_start = :start, effect_end = :end, revises = :revises, announced_with = :announcedWith,
                       status = :status, circulated_at = :circulatedAt, circulated_by = :circulatedBy,
                       concluded_at = :concludedAt, outcome_letter = :outcomeLetter, effect_result = :effectResult,
                       withdrawal_reason = :withdrawalReason, version = :version
                 where id = :id and version = :version - 1
                """);
        if (bind(statement, p).update() != 1) {
            throw new OptimisticLockingFailureException("Version " + (p.version() - 1) + " of the silence procedure "
                    + p.id() + " is no longer the current one");
        }
        if (p.status() == ProcedureStatus.DRAFT) {
            String[] documents = p.documents().stream().map(DocumentId::toString).toArray(String[]::new);
            jdbc.sql("delete from silence_document where procedure = :p and document <> all(cast(:d as uuid[]))")
                    .param("p", p.id().value()).param("d", documents).update();
            jdbc.sql("""
                    insert into silence_document (procedure, document, position)
                    select :p, d, i - 1 from unnest(cast(:d as uuid[])) with ordinality as t(d, i)
                    on conflict (procedure, document) do update set position = excluded.position
                    """).param("p", p.id().value()).param("d", documents).update();
        }
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, SilenceProcedure p) {
        Effect effect = p.effect();
        SilenceProcedure.Course course = p.course();
        return statement.param("id", p.id().value()).param("process", p.process().value())
                .param("number", p.number()).param("subject", p.subject()).param("proposal", p.proposal())
                .param("deadline", ts(p.deadline())).param("amendments", p.amendmentsBreakSilence())
                .param("effectType", effect == null ? null : effect.type().name())
                .param("meeting", effect == null ? null : effect.meeting().value())
                .param("start", effect == null ? null : ts(effect.start()))
                .param("end", effect == null ? null : ts(effect.end()))
                .param("revises", p.revises() == null ? null : p.revises().value())
                .param("announcedWith", p.announcedWith()).param("status", course.status().name())
                .param("createdAt", ts(course.createdAt())).param("createdBy", course.createdBy())
                .param("circulatedAt", ts(course.circulatedAt())).param("circulatedBy", course.circulatedBy())
                .param("concludedAt", ts(course.concludedAt())).param("outcomeLetter", course.outcomeLetter())
                .param("effectResult", course.effectResult()).param("withdrawalReason", course.withdrawalReason())
                .param("version", p.version());
    }

    /** Locks the procedure for a change: answers, circulation, withdrawal and conclusion follow each other. */
    SilenceProcedure lockIn(ProcessId process, SilenceProcedureId id) {
        return lock(id).filter(p -> p.process().equals(process))
                .orElseThrow(() -> new NotFoundException("Silence procedure", id));
    }

    /**
     * Locks the procedure for an answer of {@code participant}, reading with it, in the same statement, the
     * participant's name and whether it could break silence in this procedure.
     */
    Answering lockForAnswer(ProcessId process, SilenceProcedureId id, UUID participant) {
        return jdbc.sql(COLUMNS + """
                     , (select p.name from participant p where p.id = :x) as participant_name,
                       exists (select 1 from silence_eligible e where e.procedure = s.id and e.participant = :x)
                         as eligible
                  from silence_procedure s where s.id = :id for update of s
                """).param("id", id.value()).param("x", participant)
                .query((rs, n) -> new Answering(map(rs, n),
                        new Standing(rs.getString("participant_name"), rs.getBoolean("eligible"))))
                .optional().filter(a -> a.procedure().process().equals(process))
                .orElseThrow(() -> new NotFoundException("Silence procedure", id));
    }

    record Answering(SilenceProcedure procedure, Standing standing) {
    }

    Optional<SilenceProcedure> lock(SilenceProcedureId id) {
        return jdbc.sql(PROCEDURES + " where s.id = :id for update of s").param("id", id.value())
                .query(this::map).optional();
    }

    String originalLanguage(SilenceProcedureId id) {
        return jdbc.sql("select original_language from silence_procedure where id = :id").param("id", id.value())
                .query(String.class).single();
    }

    Optional<SilenceProcedure> find(SilenceProcedureId id) {
        return jdbc.sql(PROCEDURES + " where s.id = :id").param("id", id.value())
                .query(this::map).optional();
    }

    /** The procedure of the process with this number ({@code SP.2} is number 2). */
    Optional<SilenceProcedureId> byNumber(ProcessId process, int number) {
        return jdbc.sql("select id from silence_procedure where process = :p and number = :number")
                .param("p", process.value()).param("number", number).query(UUID.class).optional()
                .map(SilenceProcedureId::new);
    }

    List<SilenceProcedure> byProcess(ProcessId process) {
        return jdbc.sql(PROCEDURES + " where s.process = :p order by s.number desc")
                .param("p", process.value()).query(this::map).list();
    }

    /** The open procedures with their deadlines, soonest first. */
    List<SilenceProcedure> open() {
        return jdbc.sql(PROCEDURES + " where s.status = 'OPEN' order by s.deadline_at")
                .query(this::map).list();
    }

    /** Records the participants that may break silence, fixed when the procedure is circulated. */
    void recordEligible(SilenceProcedureId id, List<UUID> eligible) {
        jdbc.sql("""
                insert into silence_eligible (procedure, participant) select :p, x from unnest(cast(:x as uuid[])) x
                """).param("p", id.value()).param("x", eligible.stream().map(UUID::toString).toArray(String[]::new))
                .update();
    }

    /** Whether the participant could break silence in this procedure. */
    boolean isEligible(SilenceProcedureId id, UUID participant) {
        return jdbc.sql("select exists (select 1 from silence_eligible where procedure = :p and participant = :x)")
                .param("p", id.value()).param("x", participant).query(Boolean.class).single();
    }

    /** A participant answering a procedure: its name, and whether it could break silence there. */
    record Standing(String name, boolean eligible) {
    }

    /** The participants that could break silence, with their names, by name. */
    List<Eligible> eligible(SilenceProcedureId id) {
        return jdbc.sql("""
                select p.id, p.name from silence_eligible e join participant p on p.id = e.participant
                 where e.procedure = :p order by p.name
                """).param("p", id.value())
                .query((rs, n) -> new Eligible(rs.getObject(1, UUID.class), rs.getString(2))).list();
    }

    record Eligible(UUID participantId, String name) {
    }

    /** Stores an answer with the drafts it reaches, in one statement however many they are. */
    void insertResponse(Response r, UUID account, String idempotencyKey, Collection<UUID> drafts) {
        jdbc.sql("""
                with answer as (
                    insert into silence_response (id, procedure, kind, participant, account, text, reason, received_at,
                        breaks_silence, idempotency_key, audit_entry)
                    values (:id, :procedure, :kind, :participant, :account, :text, :reason, :at, :breaks, :key, :entry)
                    returning id, participant, kind)
                insert into silence_response_draft (response, draft, participant, kind)
                select answer.id, draft, answer.participant, answer.kind
                  from answer, unnest(cast(:drafts as uuid[])) as draft
                """)
                .param("id", r.id()).param("procedure", r.procedure().value()).param("kind", r.kind().name())
                .param("participant", r.participantId()).param("account", account).param("text", r.text())
                .param("reason", r.reason()).param("at", ts(r.receivedAt())).param("breaks", r.breaksSilence())
                .param("key", idempotencyKey).param("entry", r.auditEntry())
                .param("drafts", drafts.stream().map(UUID::toString).toArray(String[]::new))
                .update();
    }

    Optional<Response> response(UUID id) {
        return jdbc.sql(RESPONSES + " where r.id = :id").param("id", id).query(this::mapResponse).optional();
    }

    Optional<Response> responseByKey(SilenceProcedureId procedure, UUID account, String key) {
        return jdbc.sql(RESPONSES + " where r.procedure = :p and r.account = :a and r.idempotency_key = :k")
                .param("p", procedure.value()).param("a", account).param("k", key)
                .query(this::mapResponse).optional();
    }

    List<Response> responses(SilenceProcedureId procedure) {
        return jdbc.sql(RESPONSES + " where r.procedure = :p order by r.received_at, r.audit_entry")
                .param("p", procedure.value()).query(this::mapResponse).list();
    }

    private Response mapResponse(ResultSet rs, int n) throws SQLException {
        return new Response(rs.getObject("id", UUID.class),
                new SilenceProcedureId(rs.getObject("procedure", UUID.class)), ResponseKind.valueOf(rs.getString("kind")),
                rs.getObject("participant", UUID.class), rs.getString("participant_name"), rs.getString("username"),
                rs.getString("text"), rs.getString("reason"), rs.getTimestamp("received_at").toInstant(),
                rs.getBoolean("breaks_silence"), rs.getLong("audit_entry"), rs.getObject("audit_index", Long.class));
    }

    private SilenceProcedure map(ResultSet rs, int n) throws SQLException {
        String effectType = rs.getString("effect_type");
        Effect effect = effectType == null ? null : new Effect(Effect.Type.valueOf(effectType),
                new MeetingId(rs.getObject("effect_meeting", UUID.class)), instant(rs.getTimestamp("effect_start")),
                instant(rs.getTimestamp("effect_end")));
        UUID revises = rs.getObject("revises", UUID.class);
        List<DocumentId> documents = Arrays.stream((Object[]) rs.getArray("documents").getArray())
                .map(d -> new DocumentId((UUID) d)).toList();
        return new SilenceProcedure(new SilenceProcedureId(rs.getObject("id", UUID.class)),
                new ProcessId(rs.getObject("process", UUID.class)), rs.getInt("number"),
                new SilenceProcedure.Content(rs.getString("subject"), rs.getString("proposal"),
                        rs.getTimestamp("deadline_at").toInstant(), rs.getBoolean("amendments_break_silence"), effect,
                        documents, revises == null ? null : new SilenceProcedureId(revises),
                        rs.getObject("announced_with", UUID.class)),
                new SilenceProcedure.Course(ProcedureStatus.valueOf(rs.getString("status")),
                        rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"),
                        instant(rs.getTimestamp("circulated_at")), rs.getString("circulated_by"),
                        instant(rs.getTimestamp("concluded_at")), rs.getObject("outcome_letter", UUID.class),
                        rs.getString("effect_result"), rs.getString("withdrawal_reason")),
                rs.getLong("version"));
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
