package org.plenary.consultations;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.plenary.consultations.docx.WordDiff;
import org.plenary.roster.Category;

/**
 * The views of a consultation put together for the Presidency: per element the count of each stance (overall and
 * per category of participant) and every position, proposed texts as word-level changes against the base text and
 * identical amendments grouped; the missing elements grouped by place and text; the answers per question. Each
 * participant counts once, with its category on {@code categoriesOn}.
 */
public record Compilation(Consultation consultation, LocalDate categoriesOn, Filter filter, int respondents,
        Map<Category, Integer> respondentsByCategory, List<ElementViews> elements, List<MissingProposal> missing,
        List<MissingGroup> missingGroups, List<QuestionAnswers> questions) {

    /** Which views are shown: of one category of participant, and (for positions) of one stance; null is all. */
    public record Filter(Category category, Stance stance) {

        public static final Filter NONE = new Filter(null, null);
    }

    public record Counts(int retain, int amend, int delete) {
    }

    public record ElementViews(String ref, String text, Counts counts, Map<Category, Counts> byCategory,
            List<View> positions, List<SimilarAmendments> similar) {
    }

    /** A position with who took it; {@code changes} is the word diff of an amendment, empty otherwise. */
    public record View(UUID positionId, UUID participantId, String participantName, Category category,
            String onBehalfOf, Stance stance, String proposedText, String comment, List<WordDiff.Change> changes) {
    }

    /** Amendments whose proposed texts are the same once case, spaces and punctuation at the end are set aside. */
    public record SimilarAmendments(String proposedText, List<String> participantNames, List<UUID> positionIds,
            List<WordDiff.Change> changes) {
    }

    public record MissingProposal(UUID id, UUID participantId, String participantName, Category category,
            String text, String after) {
    }

    /** The missing elements proposed after one element ({@code after} null: no place said), same texts together. */
    public record MissingGroup(String after, List<SimilarMissing> proposals) {
    }

    public record SimilarMissing(String text, List<String> participantNames, List<UUID> ids) {
    }

    public record QuestionAnswers(String ref, String text, List<AnswerView> answers) {
    }

    public record AnswerView(UUID participantId, String participantName, Category category, String text) {
    }

    /**
     * The compilation as read in {@code text}: the consultation's title, its elements' base texts and its questions
     * in that language where it has them; the views stay as the delegations wrote them.
     */
    public Compilation in(ConsultationText text) {
        return new Compilation(text.applyTo(consultation), categoriesOn, filter, respondents, respondentsByCategory,
                elements.stream().map(e -> new ElementViews(e.ref(), text.elements().getOrDefault(e.ref(), e.text()),
                        e.counts(), e.byCategory(), e.positions(), e.similar())).toList(), missing, missingGroups,
                questions.stream().map(q -> new QuestionAnswers(q.ref(), text.questions().getOrDefault(q.ref(),
                        q.text()), q.answers())).toList());
    }
}
