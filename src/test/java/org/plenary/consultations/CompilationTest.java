package org.plenary.consultations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.plenary.consultations.Compilation.Filter;
import org.plenary.consultations.Submission.Missing;
import org.plenary.consultations.Submission.Position;
import org.plenary.consultations.docx.WordDiff;
import org.plenary.processes.ProcessId;
import org.plenary.roster.Category;

/** How the views are counted, grouped and filtered, without a database. */
class CompilationTest {

    private static final Consultation WP4 = new Consultation(new ConsultationId(UUID.randomUUID()),
            new ProcessId(UUID.randomUUID()), "WP.4", null, Instant.parse("2020-06-18T07:00:00Z"),
            Instant.parse("2020-07-17T16:00:00Z"), false, Instant.parse("2020-06-18T07:00:00Z"), "president",
            List.of(new NumberedText("1", "Clear all remnants as soon as possible."),
                    new NumberedText("2", "Destroy stockpiles within eight years.")),
            List.of(new NumberedText("Q1", "Which indicators?")), 0);

    private final Map<UUID, Category> categories = new HashMap<>();

    private Submission views(String name, Category category, List<Position> positions, List<Missing> missing) {
        UUID participant = UUID.randomUUID();
        categories.put(participant, category);
        return new Submission(UUID.randomUUID(), participant, name, null, positions, missing, List.of(), 1,
                Instant.parse("2020-07-01T10:00:00Z"), name.toLowerCase());
    }

    private static Position stance(String element, Stance stance) {
        return new Position(UUID.randomUUID(), element, stance, null, null);
    }

    private static Position amend(String element, String text) {
        return new Position(UUID.randomUUID(), element, Stance.AMEND, text, null);
    }

    private List<Submission> fourDelegations() {
        return List.of(
                views("Switzerland", Category.STATE_PARTY, List.of(stance("1", Stance.RETAIN),
                        amend("2", "Destroy stockpiles within six years.")), List.of(new Missing(UUID.randomUUID(),
                        "Universalise the Convention.", "1"))),
                views("Lao PDR", Category.STATE_PARTY, List.of(stance("1", Stance.DELETE),
                        amend("2", "destroy stockpiles  within six years")), List.of(new Missing(UUID.randomUUID(),
                        "Universalise the convention", "1"))),
                views("Angola", Category.SIGNATORY_STATE, List.of(stance("1", Stance.RETAIN)), List.of()),
                views("ICRC", Category.OBSERVER_ORGANISATION, List.of(amend("1", "Clear all remnants within ten years.")),
                        List.of(new Missing(UUID.randomUUID(), "Assist victims.", null))));
    }

    @Test
    void countsEachStanceOverallAndPerCategory() {
        Compilation c = CompileConsultation.compile(WP4, LocalDate.of(2020, 7, 17), categories, fourDelegations(),
                Filter.NONE);

        assertThat(c.respondents()).isEqualTo(4);
        assertThat(c.respondentsByCategory()).containsEntry(Category.STATE_PARTY, 2)
                .containsEntry(Category.SIGNATORY_STATE, 1).containsEntry(Category.OBSERVER_ORGANISATION, 1);
        Compilation.ElementViews one = c.elements().getFirst();
        assertThat(one.counts()).isEqualTo(new Compilation.Counts(2, 1, 1));
        assertThat(one.byCategory()).containsEntry(Category.STATE_PARTY, new Compilation.Counts(1, 0, 1))
                .containsEntry(Category.SIGNATORY_STATE, new Compilation.Counts(1, 0, 0))
                .containsEntry(Category.OBSERVER_ORGANISATION, new Compilation.Counts(0, 1, 0));
        assertThat(one.positions()).extracting(Compilation.View::participantName)
                .as("States Parties first, then signatories, then organisations")
                .containsExactly("Lao PDR", "Switzerland", "Angola", "ICRC");
    }

    @Test
    void showsAnAmendmentAsWordChangesAgainstTheBaseText() {
        Compilation c = CompileConsultation.compile(WP4, LocalDate.of(2020, 7, 17), categories, fourDelegations(),
                Filter.NONE);

        Compilation.View icrc = c.elements().getFirst().positions().getLast();
        assertThat(icrc.changes()).containsExactly(new WordDiff.Change(WordDiff.Kind.SAME, "Clear all remnants "),
                new WordDiff.Change(WordDiff.Kind.DELETED, "as soon as possible"),
                new WordDiff.Change(WordDiff.Kind.INSERTED, "within ten years"),
                new WordDiff.Change(WordDiff.Kind.SAME, "."));
        assertThat(c.elements().getFirst().positions().getFirst().changes()).as("a deletion has no text").isEmpty();
    }

    @Test
    void groupsTheSameAmendmentsAndTheSameMissingElementsDespiteCaseSpacesAndFullStops() {
        Compilation c = CompileConsultation.compile(WP4, LocalDate.of(2020, 7, 17), categories, fourDelegations(),
                Filter.NONE);

        assertThat(c.elements().get(1).similar()).hasSize(1);
        assertThat(c.elements().get(1).similar().getFirst().participantNames()).containsExactly("Lao PDR", "Switzerland");
        assertThat(c.missingGroups()).extracting(Compilation.MissingGroup::after).containsExactly("1", null);
        assertThat(c.missingGroups().getFirst().proposals()).hasSize(1);
        assertThat(c.missingGroups().getFirst().proposals().getFirst().participantNames()).hasSize(2);
    }

    @Test
    void filtersByCategoryForEverythingAndByStanceForThePositionsListed() {
        List<Submission> all = fourDelegations();
        Compilation parties = CompileConsultation.compile(WP4, LocalDate.of(2020, 7, 17), categories, all,
                new Filter(Category.STATE_PARTY, null));
        assertThat(parties.respondents()).isEqualTo(2);
        assertThat(parties.elements().getFirst().counts()).isEqualTo(new Compilation.Counts(1, 0, 1));
        assertThat(parties.missing()).hasSize(2);

        Compilation deletions = CompileConsultation.compile(WP4, LocalDate.of(2020, 7, 17), categories, all,
                new Filter(null, Stance.DELETE));
        assertThat(deletions.elements().getFirst().positions()).extracting(Compilation.View::participantName)
                .containsExactly("Lao PDR");
        assertThat(deletions.elements().getFirst().counts()).isEqualTo(new Compilation.Counts(2, 1, 1));
    }
}
