package org.plenary.consultations;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.plenary.consultations.Submission.Answer;
import org.plenary.consultations.Submission.Member;
import org.plenary.consultations.Submission.Missing;
import org.plenary.consultations.Submission.Position;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The current submission of each participant, written version after version, and the history of its versions.
 * The submissions of a consultation are read in a handful of queries, whatever their number.
 */
@Repository
class SubmissionRepository {

    private final JdbcClient jdbc;

    SubmissionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The participant's current submission, if any. Two submissions of one participant are serialised by a
     * transaction lock on the pair, which holds even before its first submission exists.
     */
    Optional<Submission> lock(ConsultationId consultation, UUID participant) {
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended(:key, 0))")
                .param("key", "consultation-submission:" + consultation.value() + ":" + participant)
                .query((rs, n) -> 1).single();
        return of(consultation, participant);
    }

    /**
     * Stores {@code s}. Its first version is inserted; a later one updates the row of the version it follows,
     * and fails if another was stored meanwhile (a stale write). Of its group members, positions, missing
     * elements and answers, only what changed is written.
     */
    void save(ConsultationId consultation, Submission s) {
        UUID c = consultation.value();
        if (s.isFirst()) {
            jdbc.sql("""
                    insert into consultation_submission (id, consultation, participant, on_behalf_of, version,
                                                         submitted_at, submitted_by)
                    values (:id, :c, :p, :group, :version, :at, :by)
                    """).param("id", s.id()).param("c", c).param("p", s.participant())
                    .param("group", s.group() == null ? null : s.group().name()).param("version", s.version())
                    .param("at", Timestamp.from(s.submittedAt())).param("by", s.submittedBy()).update();
        } else if (jdbc.sql("""
                update consultation_submission set on_behalf_of = :group, version = :version, submitted_at = :at,
                       submitted_by = :by
                 where id = :id and version = :version - 1
                """).param("id", s.id()).param("group", s.group() == null ? null : s.group().name())
                .param("version", s.version()).param("at", Timestamp.from(s.submittedAt()))
                .param("by", s.submittedBy()).update() != 1) {
            throw new OptimisticLockingFailureException("Version " + (s.version() - 1) + " of the submission "
                    + s.id() + " is no longer the current one");
        }
        List<Member> members = s.group() == null ? List.of() : s.group().members();
        keepOnly("consultation_group_member", "participant::text", s, members.stream()
                .map(m -> m.participant().toString()));
        for (Member m : members) {
            jdbc.sql("""
                    insert into consultation_group_member (submission, participant) values (:s, :p)
                    on conflict do nothing
                    """).param("s", s.id()).param("p", m.participant()).update();
        }
        keepOnly("consultation_position", "element", s, s.positions().stream().map(Position::element));
        for (Position p : s.positions()) {
            jdbc.sql("""
                    insert into consultation_position (id, submission, consultation, element, stance, proposed_text, comment)
                    values (:id, :s, :c, :element, :stance, :text, :comment)
                    on conflict (submission, element) do update
                       set stance = excluded.stance, proposed_text = excluded.proposed_text, comment = excluded.comment
                    """).param("id", p.id()).param("s", s.id()).param("c", c).param("element", p.element())
                    .param("stance", p.stance().name()).param("text", p.proposedText()).param("comment", p.comment())
                    .update();
        }
        jdbc.sql("delete from consultation_missing where submission = :s and position >= :count")
                .param("s", s.id()).param("count", s.missing().size()).update();
        for (int i = 0; i < s.missing().size(); i++) {
            Missing m = s.missing().get(i);
            jdbc.sql("""
                    insert into consultation_missing (id, submission, position, text, after_ref)
                    values (:id, :s, :position, :text, :after)
                    on conflict (submission, position) do update set text = excluded.text, after_ref = excluded.after_ref
                    """).param("id", m.id()).param("s", s.id()).param("position", i).param("text", m.text())
                    .param("after", m.after()).update();
        }
        keepOnly("consultation_answer", "question", s, s.answers().stream().map(Answer::question));
        for (Answer a : s.answers()) {
            jdbc.sql("""
                    insert into consultation_answer (submission, consultation, question, text) values (:s, :c, :q, :t)
                    on conflict (submission, question) do update set text = excluded.text
                    """).param("s", s.id()).param("c", c).param("q", a.question()).param("t", a.text()).update();
        }
    }

    /** Deletes the rows of {@code table} of the submission whose {@code key} is not among {@code kept}. */
    private void keepOnly(String table, String key, Submission s, Stream<String> kept) {
        jdbc.sql("delete from " + table + " where submission = :s and " + key + " <> all(:kept)")
                .param("s", s.id()).param("kept", kept.toArray(String[]::new)).update();
    }

    void recordVersion(ConsultationId consultation, Submission s, String content) {
        jdbc.sql("""
                insert into consultation_submission_version (consultation, participant, version, submitted_at,
                                                             submitted_by, content)
                values (:c, :p, :version, :at, :by, cast(:content as jsonb))
                """).param("c", consultation.value()).param("p", s.participant()).param("version", s.version())
                .param("at", Timestamp.from(s.submittedAt())).param("by", s.submittedBy()).param("content", content)
                .update();
    }

    /** One version in the history of a participant's submission. */
    record Version(int version, Instant submittedAt, String submittedBy, String content) {
    }

    List<Version> history(ConsultationId consultation, UUID participant) {
        return jdbc.sql("""
                select version, submitted_at, submitted_by, content::text from consultation_submission_version
                 where consultation = :c and participant = :p order by version desc
                """).param("c", consultation.value()).param("p", participant)
                .query((rs, n) -> new Version(rs.getInt(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
                        rs.getString(4))).list();
    }

    Optional<Submission> of(ConsultationId consultation, UUID participant) {
        return load(consultation, participant).stream().findFirst();
    }

    /** Every current submission of the consultation, by participant name. */
    List<Submission> all(ConsultationId consultation) {
        return load(consultation, null);
    }

    private List<Submission> load(ConsultationId consultation, UUID participant) {
        String only = participant == null ? "" : " and s.participant = :p";
        var header = jdbc.sql("""
                select s.id, s.participant, p.name, s.on_behalf_of, s.version, s.submitted_at, s.submitted_by
                  from consultation_submission s join participant p on p.id = s.participant
                 where s.consultation = :c""" + only + " order by p.name").param("c", consultation.value());
        record Head(UUID id, UUID participant, String name, String group, int version, Instant at, String by) {
        }
        List<Head> heads = (participant == null ? header : header.param("p", participant))
                .query((rs, n) -> new Head(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                        rs.getString(4), rs.getInt(5), rs.getTimestamp(6).toInstant(), rs.getString(7))).list();
        if (heads.isEmpty()) {
            return List.of();
        }
        String scope = " where s.consultation = :c" + only;
        Map<UUID, List<Position>> positions = new HashMap<>();
        query("select x.submission, x.id, x.element, x.stance, x.proposed_text, x.comment from consultation_position x "
                + "join consultation_submission s on s.id = x.submission join consultation_element e "
                + "on e.consultation = x.consultation and e.ref = x.element" + scope + " order by e.position",
                consultation, participant, (rs, n) -> positions.computeIfAbsent(rs.getObject(1, UUID.class),
                        k -> new ArrayList<>()).add(new Position(rs.getObject(2, UUID.class), rs.getString(3),
                        Stance.valueOf(rs.getString(4)), rs.getString(5), rs.getString(6))));
        Map<UUID, List<Missing>> missing = new HashMap<>();
        query("select x.submission, x.id, x.text, x.after_ref from consultation_missing x join consultation_submission s "
                + "on s.id = x.submission" + scope + " order by x.position", consultation, participant,
                (rs, n) -> missing.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                        .add(new Missing(rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4))));
        Map<UUID, List<Answer>> answers = new HashMap<>();
        query("select x.submission, x.question, x.text from consultation_answer x join consultation_submission s "
                + "on s.id = x.submission join consultation_question q on q.consultation = x.consultation "
                + "and q.ref = x.question" + scope + " order by q.position", consultation, participant,
                (rs, n) -> answers.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                        .add(new Answer(rs.getString(2), rs.getString(3))));
        Map<UUID, List<Member>> members = new HashMap<>();
        query("select x.submission, x.participant, p.name from consultation_group_member x join consultation_submission s "
                + "on s.id = x.submission join participant p on p.id = x.participant" + scope + " order by p.name",
                consultation, participant, (rs, n) -> members.computeIfAbsent(rs.getObject(1, UUID.class),
                        k -> new ArrayList<>()).add(new Member(rs.getObject(2, UUID.class), rs.getString(3))));
        return heads.stream().map(h -> new Submission(h.id(), h.participant(), h.name(),
                h.group() == null ? null : new Submission.Group(h.group(), members.getOrDefault(h.id(), List.of())),
                positions.getOrDefault(h.id(), List.of()), missing.getOrDefault(h.id(), List.of()),
                answers.getOrDefault(h.id(), List.of()), h.version(), h.at(), h.by())).toList();
    }

    private void query(String sql, ConsultationId consultation, UUID participant,
            org.springframework.jdbc.core.RowMapper<Boolean> row) {
        var statement = jdbc.sql(sql).param("c", consultation.value());
        (participant == null ? statement : statement.param("p", participant)).query(row).list();
    }
}
