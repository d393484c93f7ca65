package org.plenary.silence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.plenary.documents.DocumentId;
import org.plenary.processes.ProcessId;
import org.plenary.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores silence procedures, their eligible States, documents and the answers received. */
@Repository
class ProcedureRepository {

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

    void insert(SilenceProcedure p) {
        Effect effect = p.effect();
        jdbc.sql("""
                insert into silence_procedure (id, process, number, subject, proposal, deadline_at,
                    amendments_break_silence, effect_type, effect_meeting, effect_start, effect_end, revises,
                    announced_with, status, created_at, created_by, version, original_language)
                values (:id, :process, :number, :subject, :proposal, :deadline, :amendments, :effectType, :meeting,
                    :start, :end, :revises, :announcedWith, 'DRAFT', :createdAt, :createdBy, 0,
                    (select languages[1] from process where id = :process))
                """)
                .param("id", p.id().value()).param("process", p.process().value()).param("number", p.number())
                .param("subject", p.subject()).param("proposal", p.proposal()).param("deadline", ts(p.deadline()))
                .param("amendments", p.amendmentsBreakSilence())
                .param("effectType", effect == null ? null : effect.type().name())
                .param("meeting", effect == null ? null : effect.meeting())
                .param("start", effect == null ? null : ts(effect.start()))
                .param("end", effect == null ? null : ts(effect.end()))
                .param("revises", p.revises() == null ? null : p.revises().value())
                .param("announcedWith", p.announcedWith())
                .param("createdAt", ts(p.createdAt())).param("createdBy", p.createdBy())
                .update();
        insertDocuments(p.id(), p.documents());
    }

    /** Replaces what a draft says, under the lock its edit holds. */
    void replaceDraft(SilenceProcedureId id, DraftContent.Checked c) {
        Effect effect = c.effect();
        jdbc.sql("""
                update silence_procedure set subject = :subject, proposal = :proposal, deadline_at = :deadline,
                       amendments_break_silence = :amendments, effect_type = :effectType, effect_meeting = :meeting,
                       effect_start = :start, effect_end = :end, revises = :revises, announced_with = :announcedWith,
                       version = version + 1
                 where id = :id and status = 'DRAFT'
                """)
                .param("subject", c.subject()).param("proposal", c.proposal()).param("deadline", ts(c.deadline()))
                .param("amendments", c.amendmentsBreakSilence())
                .param("effectType", effect == null ? null : effect.type().name())
                .param("meeting", effect == null ? null : effect.meeting())
                .param("start", effect == null ? null : ts(effect.start()))
                .param("end", effect == null ? null : ts(effect.end()))
                .param("revises", c.revises() == null ? null : c.revises().value())
                .param("announcedWith", c.announcedWith())
                .param("id", id.value()).update();
        jdbc.sql("delete from silence_document where procedure = :p").param("p", id.value()).update();
        insertDocuments(id, c.documents());
    }

    private void insertDocuments(SilenceProcedureId id, List<DocumentId> documents) {
        for (int i = 0; i < documents.size(); i++) {
            jdbc.sql("insert into silence_document (procedure, document, position) values (:p, :d, :i)")
                    .param("p", id.value()).param("d", documents.get(i).value()).param("i", i).update();
        }
    }

    /** Locks the procedure for a change: answers, circulation, withdrawal and conclusion follow each other. */
    SilenceProcedure lockIn(ProcessId process, SilenceProcedureId id) {
        return lock(id).filter(p -> p.process().equals(process))
                .orElseThrow(() -> new NotFoundException("Silence procedure", id));
    }

    Optional<SilenceProcedure> lock(SilenceProcedureId id) {
        return jdbc.sql("select * from silence_procedure where id = :id for update").param("id", id.value())
                .query(this::map).optional();
    }

    String originalLanguage(SilenceProcedureId id) {
        return jdbc.sql("select original_language from silence_procedure where id = :id").param("id", id.value())
                .query(String.class).single();
    }

    Optional<SilenceProcedure> find(SilenceProcedureId id) {
        return jdbc.sql("select * from silence_procedure where id = :id").param("id", id.value())
                .query(this::map).optional();
    }

    /** The procedure of the process with this number ({@code SP.2} is number 2). */
    Optional<SilenceProcedureId> byNumber(ProcessId process, int number) {
        return jdbc.sql("select id from silence_procedure where process = :p and number = :number")
                .param("p", process.value()).param("number", number).query(UUID.class).optional()
                .map(SilenceProcedureId::new);
    }

    List<SilenceProcedure> byProcess(ProcessId process) {
        return jdbc.sql("select * from silence_procedure where process = :p order by number desc")
                .param("p", process.value()).query(this::map).list();
    }

    /** The open procedures with their deadlines, soonest first. */
    List<SilenceProcedure> open() {
        return jdbc.sql("select * from silence_procedure where status = 'OPEN' order by deadline_at")
                .query(this::map).list();
    }

    void circulate(SilenceProcedureId id, Instant at, String by, List<UUID> eligible) {
        jdbc.sql("""
                update silence_procedure set status = 'OPEN', circulated_at = :at, circulated_by = :by,
                       version = version + 1 where id = :id
                """).param("at", ts(at)).param("by", by).param("id", id.value()).update();
        for (UUID participant : eligible) {
            jdbc.sql("insert into silence_eligible (procedure, participant) values (:p, :participant)")
                    .param("p", id.value()).param("participant", participant).update();
        }
    }

    void conclude(SilenceProcedureId id, ProcedureStatus status, Instant at) {
        jdbc.sql("""
                update silence_procedure set status = :status, concluded_at = :at, version = version + 1
                 where id = :id
                """).param("status", status.name()).param("at", ts(at)).param("id", id.value()).update();
    }

    void withdraw(SilenceProcedureId id, String reason, Instant at) {
        jdbc.sql("""
                update silence_procedure set status = 'WITHDRAWN', concluded_at = :at, withdrawal_reason = :reason,
                       version = version + 1
                 where id = :id
                """).param("at", ts(at)).param("reason", reason).param("id", id.value()).update();
    }

    /** Names the outcome letter of a concluded procedure, which correspondence drafts under that id. */
    void setOutcomeLetter(SilenceProcedureId id, UUID letter) {
        jdbc.sql("update silence_procedure set outcome_letter = :letter, version = version + 1 where id = :id")
                .param("letter", letter).param("id", id.value()).update();
    }

    /** Records what became of the effect, once: answers whether it was not recorded yet. */
    boolean setEffectResult(SilenceProcedureId id, String result) {
        return jdbc.sql("""
                update silence_procedure set effect_result = :result, version = version + 1
                 where id = :id and effect_result is null
                """).param("result", result).param("id", id.value()).update() == 1;
    }

    boolean eligible(SilenceProcedureId id, UUID participant) {
        return jdbc.sql("select exists (select 1 from silence_eligible where procedure = :p and participant = :x)")
                .param("p", id.value()).param("x", participant).query(Boolean.class).single();
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

    void insertResponse(Response r, UUID account, String idempotencyKey) {
        jdbc.sql("""
                insert into silence_response (id, procedure, kind, participant, account, text, reason, received_at,
                    breaks_silence, idempotency_key, audit_entry)
                values (:id, :procedure, :kind, :participant, :account, :text, :reason, :at, :breaks, :key, :entry)
                """)
                .param("id", r.id()).param("procedure", r.procedure().value()).param("kind", r.kind().name())
                .param("participant", r.participantId()).param("account", account).param("text", r.text())
                .param("reason", r.reason()).param("at", ts(r.receivedAt())).param("breaks", r.breaksSilence())
                .param("key", idempotencyKey).param("entry", r.auditEntry())
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
        UUID id = rs.getObject("id", UUID.class);
        String effectType = rs.getString("effect_type");
        Effect effect = effectType == null ? null : new Effect(Effect.Type.valueOf(effectType),
                rs.getObject("effect_meeting", UUID.class), instant(rs.getTimestamp("effect_start")),
                instant(rs.getTimestamp("effect_end")));
        UUID revises = rs.getObject("revises", UUID.class);
        return new SilenceProcedure(new SilenceProcedureId(id), new ProcessId(rs.getObject("process", UUID.class)),
                rs.getInt("number"), rs.getString("subject"), rs.getString("proposal"),
                rs.getTimestamp("deadline_at").toInstant(), rs.getBoolean("amendments_break_silence"), effect,
                rs.getString("effect_result"), revises == null ? null : new SilenceProcedureId(revises),
                ProcedureStatus.valueOf(rs.getString("status")), rs.getTimestamp("created_at").toInstant(),
                rs.getString("created_by"), instant(rs.getTimestamp("circulated_at")), rs.getString("circulated_by"),
                instant(rs.getTimestamp("concluded_at")), rs.getObject("outcome_letter", UUID.class),
                jdbc.sql("select document from silence_document where procedure = :id order by position")
                        .param("id", id).query((r, i) -> new DocumentId(r.getObject(1, UUID.class))).list(),
                rs.getObject("announced_with", UUID.class), rs.getString("withdrawal_reason"));
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
