package org.plenary.correspondence;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.plenary.documents.DocumentId;
import org.plenary.processes.ProcessId;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores letters with their attachments, references and recipients. */
@Repository
class LetterRepository {

    private final JdbcClient jdbc;

    LetterRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Letter l, String createdBy) {
        jdbc.sql("""
                insert into letter (id, process, reference, letter_date, place, subject, body, addressees, signatory,
                                    signatory_title, public, status, created_at, created_by, version, original_language)
                values (:id, :process, :reference, :date, :place, :subject, :body, :addressees, :signatory,
                        :signatoryTitle, :public, 'DRAFT', :createdAt, :createdBy, 0,
                        (select languages[1] from process where id = :process))
                """)
                .param("id", l.id().value()).param("process", l.process().value()).param("reference", l.reference())
                .param("date", l.date()).param("place", l.place()).param("subject", l.subject())
                .param("body", l.body())
                .param("addressees", l.addressees().stream().map(Enum::name).toArray(String[]::new))
                .param("signatory", l.signatory()).param("signatoryTitle", l.signatoryTitle())
                .param("public", l.publicLetter()).param("createdAt", Timestamp.from(l.createdAt()))
                .param("createdBy", createdBy)
                .update();
        link(l);
    }

    private void link(Letter l) {
        for (int i = 0; i < l.attachments().size(); i++) {
            jdbc.sql("insert into letter_attachment (letter, document, position) values (:letter, :document, :position)")
                    .param("letter", l.id().value()).param("document", l.attachments().get(i).value())
                    .param("position", i).update();
        }
        for (LetterId earlier : l.refersTo()) {
            jdbc.sql("insert into letter_reference (letter, refers_to) values (:letter, :earlier)")
                    .param("letter", l.id().value()).param("earlier", earlier.value()).update();
        }
    }

    /** The place of the process's latest letter, if it has any. */
    Optional<String> latestPlace(ProcessId process) {
        return jdbc.sql("select place from letter where process = :process order by created_at desc limit 1")
                .param("process", process.value()).query(String.class).optional();
    }

    boolean referenceExists(ProcessId process, String reference) {
        return jdbc.sql("select exists (select 1 from letter where process = :process and lower(reference) = lower(:reference))")
                .param("process", process.value()).param("reference", reference).query(Boolean.class).single();
    }

    /** Whether a letter of the process other than {@code except} has the reference. */
    boolean referenceExists(ProcessId process, String reference, LetterId except) {
        return jdbc.sql("""
                select exists (select 1 from letter where process = :process and lower(reference) = lower(:reference)
                                                      and id <> :except)
                """)
                .param("process", process.value()).param("reference", reference).param("except", except.value())
                .query(Boolean.class).single();
    }

    /**
     * Replaces the content of a draft, in {@code version}, by {@code l}: its parts, attachments and the letters it
     * refers to; fails if the draft is in another version (a stale write).
     */
    void update(Letter l, int version) {
        if (jdbc.sql("""
                update letter set reference = :reference, letter_date = :date, place = :place, subject = :subject,
                       body = :body, addressees = :addressees, signatory = :signatory,
                       signatory_title = :signatoryTitle, public = :public, version = version + 1
                 where id = :id and status = 'DRAFT' and version = :version
                """)
                .param("id", l.id().value()).param("version", version).param("reference", l.reference())
                .param("date", l.date()).param("place", l.place()).param("subject", l.subject())
                .param("body", l.body())
                .param("addressees", l.addressees().stream().map(Enum::name).toArray(String[]::new))
                .param("signatory", l.signatory()).param("signatoryTitle", l.signatoryTitle())
                .param("public", l.publicLetter()).update() != 1) {
            throw new OptimisticLockingFailureException("Version " + version + " of the draft " + l.id()
                    + " is no longer the current one");
        }
        unlink(l.id());
        link(l);
    }

    /** Deletes a draft with its attachments and references (a letter another refers to cannot be deleted). */
    void delete(LetterId id) {
        unlink(id);
        jdbc.sql("delete from letter where id = :id and status = 'DRAFT'").param("id", id.value()).update();
    }

    private void unlink(LetterId id) {
        jdbc.sql("delete from letter_attachment where letter = :id").param("id", id.value()).update();
        jdbc.sql("delete from letter_reference where letter = :id").param("id", id.value()).update();
    }

    /** DRAFT → SENT, once: false when the letter was sent already (by this or another request). */
    boolean markSent(LetterId id, Instant at, String by) {
        return jdbc.sql("""
                update letter set status = 'SENT', sent_at = :at, sent_by = :by, version = version + 1
                 where id = :id and status = 'DRAFT'
                """)
                .param("at", Timestamp.from(at)).param("by", by).param("id", id.value()).update() == 1;
    }

    void addRecipient(LetterId letter, UUID participant, String category) {
        jdbc.sql("insert into letter_recipient (letter, participant, category) values (:letter, :participant, :category)")
                .param("letter", letter.value()).param("participant", participant).param("category", category).update();
    }

    /** The letter, its row locked until the end of the transaction. */
    Optional<Letter> lock(LetterId id) {
        return jdbc.sql("select * from letter where id = :id for update").param("id", id.value()).query(this::map)
                .optional();
    }

    Optional<Letter> find(LetterId id) {
        return jdbc.sql("select * from letter where id = :id").param("id", id.value()).query(this::map).optional();
    }

    List<Letter> byProcess(ProcessId process) {
        return jdbc.sql("select * from letter where process = :process order by coalesce(sent_at, created_at) desc")
                .param("process", process.value()).query(this::map).list();
    }

    /** The sent letters of a process marked public, newest first. */
    List<Letter> publicSent(ProcessId process) {
        return jdbc.sql("select * from letter where process = :process and public and status = 'SENT' order by sent_at desc")
                .param("process", process.value()).query(this::map).list();
    }

    /** The sent letters of a process addressed to a participant, newest first. */
    List<Letter> addressedTo(ProcessId process, UUID participant) {
        return jdbc.sql("""
                select l.* from letter l join letter_recipient r on r.letter = l.id
                 where l.process = :process and r.participant = :participant and l.status = 'SENT'
                 order by l.sent_at desc
                """)
                .param("process", process.value()).param("participant", participant).query(this::map).list();
    }

    boolean isAddressedTo(LetterId letter, UUID participant) {
        return jdbc.sql("select exists (select 1 from letter_recipient where letter = :letter and participant = :participant)")
                .param("letter", letter.value()).param("participant", participant).query(Boolean.class).single();
    }

    private Letter map(ResultSet rs, int n) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        Array addressees = rs.getArray("addressees");
        Timestamp sentAt = rs.getTimestamp("sent_at");
        return new Letter(new LetterId(id), new ProcessId(rs.getObject("process", UUID.class)),
                rs.getString("reference"), rs.getObject("letter_date", LocalDate.class), rs.getString("place"),
                rs.getString("subject"), rs.getString("body"),
                Arrays.stream((String[]) addressees.getArray()).map(AddresseeGroup::valueOf).toList(),
                rs.getString("signatory"), rs.getString("signatory_title"), rs.getBoolean("public"),
                LetterStatus.valueOf(rs.getString("status")), rs.getTimestamp("created_at").toInstant(),
                sentAt == null ? null : sentAt.toInstant(),
                jdbc.sql("select document from letter_attachment where letter = :id order by position").param("id", id)
                        .query((r, i) -> new DocumentId(r.getObject(1, UUID.class))).list(),
                jdbc.sql("select refers_to from letter_reference where letter = :id").param("id", id)
                        .query((r, i) -> new LetterId(r.getObject(1, UUID.class))).list(), rs.getInt("version"));
    }
}
