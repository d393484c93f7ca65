package org.plenary.consultations;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.plenary.consultations.Revision.Origin;
import org.plenary.consultations.Revision.RevisedElement;
import org.plenary.documents.DocumentId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The revision drafted from a consultation, its elements and the views behind each. */
@Repository
class RevisionRepository {

    private final JdbcClient jdbc;

    RevisionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An amendment or other position of the consultation, as a revision may take or cite it. */
    record PositionRef(UUID id, String element, Stance stance, String proposedText) {
    }

    Map<UUID, PositionRef> positions(ConsultationId consultation) {
        Map<UUID, PositionRef> positions = new HashMap<>();
        jdbc.sql("select id, element, stance, proposed_text from consultation_position where consultation = :c")
                .param("c", consultation.value()).query((rs, n) -> positions.put(rs.getObject(1, UUID.class),
                        new PositionRef(rs.getObject(1, UUID.class), rs.getString(2), Stance.valueOf(rs.getString(3)),
                                rs.getString(4)))).list();
        return positions;
    }

    List<UUID> missing(ConsultationId consultation) {
        return jdbc.sql("""
                select m.id from consultation_missing m join consultation_submission s on s.id = m.submission
                 where s.consultation = :c
                """).param("c", consultation.value()).query(UUID.class).list();
    }

    Optional<Revision> find(ConsultationId consultation) {
        return jdbc.sql("select * from consultation_revision where consultation = :c")
                .param("c", consultation.value())
                .query((rs, n) -> {
                    UUID document = rs.getObject("document", UUID.class);
                    Timestamp issued = rs.getTimestamp("issued_at");
                    return new Revision(consultation, Revision.Status.valueOf(rs.getString("status")),
                            document == null ? null : new DocumentId(document),
                            rs.getTimestamp("updated_at").toInstant(),
                            rs.getString("updated_by"), issued == null ? null : issued.toInstant(), List.of());
                }).optional().map(r -> new Revision(r.consultation(), r.status(), r.document(), r.updatedAt(),
                        r.updatedBy(), r.issuedAt(), elements(consultation)));
    }

    private List<RevisedElement> elements(ConsultationId consultation) {
        Map<String, List<UUID>> positions = new HashMap<>();
        Map<String, List<UUID>> missing = new HashMap<>();
        jdbc.sql("select ref, position_id, missing_id from consultation_revision_source where consultation = :c")
                .param("c", consultation.value()).query((rs, n) -> {
                    UUID position = rs.getObject(2, UUID.class);
                    return (position != null ? positions : missing).computeIfAbsent(rs.getString(1),
                            k -> new ArrayList<>()).add(position != null ? position : rs.getObject(3, UUID.class));
                }).list();
        return jdbc.sql("""
                select ref, origin, text from consultation_revision_element where consultation = :c order by position
                """)
                .param("c", consultation.value())
                .query((rs, n) -> new RevisedElement(rs.getString(1), Origin.valueOf(rs.getString(2)), rs.getString(3),
                        positions.getOrDefault(rs.getString(1), List.of()),
                        missing.getOrDefault(rs.getString(1), List.of()))).list();
    }

    void save(Revision revision) {
        UUID c = revision.consultation().value();
        jdbc.sql("delete from consultation_revision_source where consultation = :c").param("c", c).update();
        jdbc.sql("delete from consultation_revision_element where consultation = :c").param("c", c).update();
        jdbc.sql("""
                insert into consultation_revision (consultation, status, updated_at, updated_by)
                values (:c, 'DRAFT', :at, :by)
                on conflict (consultation) do update set updated_at = :at, updated_by = :by
                """).param("c", c).param("at", Timestamp.from(revision.updatedAt())).param("by", revision.updatedBy())
                .update();
        for (int i = 0; i < revision.elements().size(); i++) {
            RevisedElement e = revision.elements().get(i);
            jdbc.sql("""
                    insert into consultation_revision_element (consultation, ref, position, origin, text)
                    values (:c, :ref, :position, :origin, :text)
                    """).param("c", c).param("ref", e.ref()).param("position", i).param("origin", e.origin().name())
                    .param("text", e.text()).update();
            for (UUID p : e.positions()) {
                jdbc.sql("""
                        insert into consultation_revision_source (consultation, ref, position_id) values (:c, :ref, :p)
                        """)
                        .param("c", c).param("ref", e.ref()).param("p", p).update();
            }
            for (UUID m : e.missing()) {
                jdbc.sql("""
                        insert into consultation_revision_source (consultation, ref, missing_id) values (:c, :ref, :m)
                        """)
                        .param("c", c).param("ref", e.ref()).param("m", m).update();
            }
        }
    }

    void markIssued(ConsultationId consultation, DocumentId document, Instant at) {
        jdbc.sql("""
                update consultation_revision set status = 'ISSUED', document = :d, issued_at = :at
                 where consultation = :c and status = 'DRAFT'
                """).param("d", document.value()).param("at", Timestamp.from(at)).param("c", consultation.value())
                .update();
    }

    /** The text of the issued revision that became {@code document}; empty if none did. */
    List<NumberedText> issuedText(DocumentId document) {
        return jdbc.sql("""
                select e.ref, e.text from consultation_revision_element e
                  join consultation_revision r on r.consultation = e.consultation
                 where r.document = :d and e.origin <> 'DELETED' order by e.position
                """).param("d", document.value())
                .query((rs, n) -> new NumberedText(rs.getString(1), rs.getString(2))).list();
    }
}
