package org.plenary.consultations.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;
import org.plenary.consultations.Compilation;
import org.plenary.consultations.Consultation;
import org.plenary.consultations.ConsultationStatus;
import org.plenary.consultations.ConsultationText;
import org.plenary.consultations.NumberedText;
import org.plenary.consultations.Revision;
import org.plenary.consultations.Stance;
import org.plenary.consultations.Submission;
import org.plenary.consultations.docx.WordDiff;
import org.plenary.roster.Category;
import org.plenary.shared.LanguageVersions;

/** What the consultations API answers. */
final class ConsultationResponses {

    private ConsultationResponses() {
    }

    record ConsultationResponse(String id, String title, String documentId, Instant opens, Instant closes,
            boolean closedEarly, ConsultationStatus status, List<NumberedText> elements, List<NumberedText> questions,
            Instant createdAt, @JsonInclude(JsonInclude.Include.NON_NULL) String originalLanguage,
            @JsonInclude(JsonInclude.Include.NON_NULL) Map<String, ConsultationText> versions) {

        static ConsultationResponse of(Consultation c, ConsultationStatus status) {
            return of(c, status, null);
        }

        /** Read alone, the consultation has its original language and its versions in other languages. */
        static ConsultationResponse of(Consultation c, ConsultationStatus status,
                LanguageVersions<ConsultationText> versions) {
            return new ConsultationResponse(c.id().toString(), c.title(),
                    c.document() == null ? null : c.document().toString(), c.opensAt(), c.closesAt(), c.closedEarly(),
                    status, c.elements(), c.questions(), c.createdAt(), versions == null ? null : versions.original(),
                    versions == null ? null : versions.versions());
        }
    }

    record GroupResponse(String name, List<MemberResponse> members) {
    }

    record MemberResponse(String participantId, String participantName) {
    }

    record PositionResponse(String id, String element, Stance stance, String proposedText, String comment) {
    }

    record MissingResponse(String id, String text, String after) {
    }

    record AnswerResponse(String question, String text) {
    }

    record SubmissionResponse(String participantId, String participantName, GroupResponse onBehalfOf, int version,
            Instant submittedAt, String submittedBy, List<PositionResponse> positions, List<MissingResponse> missing,
            List<AnswerResponse> answers) {

        static SubmissionResponse of(Submission s) {
            return new SubmissionResponse(s.participant().toString(), s.participantName(),
                    s.group() == null ? null : new GroupResponse(s.group().name(), s.group().members().stream()
                            .map(m -> new MemberResponse(m.participant().toString(), m.name())).toList()),
                    s.version(), s.submittedAt(), s.submittedBy(),
                    s.positions().stream().map(p -> new PositionResponse(p.id().toString(), p.element(), p.stance(),
                            p.proposedText(), p.comment())).toList(),
                    s.missing().stream().map(m -> new MissingResponse(m.id().toString(), m.text(), m.after())).toList(),
                    s.answers().stream().map(a -> new AnswerResponse(a.question(), a.text())).toList());
        }
    }

    record ViewResponse(String positionId, String participantId, String participantName, Category category,
            String onBehalfOf, Stance stance, String proposedText, String comment, List<WordDiff.Change> changes) {
    }

    record ElementResponse(String ref, String text, int retain, int amend, int delete,
            Map<Category, Compilation.Counts> byCategory, List<ViewResponse> positions,
            List<Compilation.SimilarAmendments> similarAmendments) {
    }

    record QuestionResponse(String ref, String text, List<Compilation.AnswerView> answers) {
    }

    record CompilationResponse(String id, String title, ConsultationStatus status, LocalDate categoriesOn,
            Category category, Stance stance, int respondents, Map<Category, Integer> respondentsByCategory,
            List<ElementResponse> elements, List<Compilation.MissingProposal> missing,
            List<Compilation.MissingGroup> missingGrouped, List<QuestionResponse> answers) {

        static CompilationResponse of(Compilation c, ConsultationStatus status) {
            return new CompilationResponse(c.consultation().id().toString(), c.consultation().title(), status,
                    c.categoriesOn(), c.filter().category(), c.filter().stance(), c.respondents(),
                    c.respondentsByCategory(), c.elements().stream().map(e -> new ElementResponse(e.ref(), e.text(),
                            e.counts().retain(), e.counts().amend(), e.counts().delete(), e.byCategory(),
                            e.positions().stream().map(v -> new ViewResponse(v.positionId().toString(),
                                    v.participantId().toString(), v.participantName(), v.category(), v.onBehalfOf(),
                                    v.stance(), v.proposedText(), v.comment(),
                                    v.stance() == Stance.AMEND ? v.changes() : null)).toList(),
                            e.similar())).toList(),
                    c.missing(), c.missingGroups(), c.questions().stream()
                            .map(q -> new QuestionResponse(q.ref(), q.text(), q.answers())).toList());
        }
    }

    record RevisedElementResponse(String ref, Revision.Origin origin, String text, boolean changed,
            List<String> motivatedBy, List<String> missingProposals, List<Revision.Cited> views) {
    }

    record RevisionResponse(String consultationId, Revision.Status status, String documentId, Instant updatedAt,
            String updatedBy, Instant issuedAt, List<RevisedElementResponse> elements) {

        static RevisionResponse of(Revision r, Map<UUID, Revision.Cited> cited) {
            return new RevisionResponse(r.consultation().toString(), r.status(),
                    r.document() == null ? null : r.document().toString(), r.updatedAt(), r.updatedBy(), r.issuedAt(),
                    r.elements().stream().map(e -> new RevisedElementResponse(e.ref(), e.origin(), e.text(),
                            e.changed(), e.positions().stream().map(Object::toString).toList(),
                            e.missing().stream().map(Object::toString).toList(),
                            Stream.concat(e.positions().stream(), e.missing().stream())
                                    .map(cited::get).filter(Objects::nonNull).toList())).toList());
        }
    }
}
