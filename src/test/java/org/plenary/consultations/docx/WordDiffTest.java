package org.plenary.consultations.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plenary.consultations.docx.WordDiff.Kind.DELETED;
import static org.plenary.consultations.docx.WordDiff.Kind.INSERTED;
import static org.plenary.consultations.docx.WordDiff.Kind.SAME;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.plenary.consultations.docx.WordDiff.Change;
import org.plenary.consultations.docx.WordDiff.Kind;

class WordDiffTest {

    private static final String BASE = "States Parties will clear contaminated areas as soon as possible.";

    @Test
    void marks_a_replaced_word_as_a_deletion_then_an_insertion() {
        assertThat(WordDiff.between(BASE, "States Parties will clear contaminated areas within ten years."))
                .containsExactly(
                        new Change(SAME, "States Parties will clear contaminated areas "),
                        new Change(DELETED, "as soon as possible"),
                        new Change(INSERTED, "within ten years"),
                        new Change(SAME, "."));
    }

    @Test
    void keeps_words_with_apostrophes_and_hyphens_whole() {
        assertThat(WordDiff.between("the survivors' needs", "the victims' well-being"))
                .containsExactly(new Change(SAME, "the "), new Change(DELETED, "survivors' needs"),
                        new Change(INSERTED, "victims' well-being"));
    }

    @Test
    void gives_back_both_texts() {
        String proposed = "All States Parties shall clear, by 2026, the contaminated areas under their jurisdiction.";
        List<Change> changes = WordDiff.between(BASE, proposed);
        assertThat(join(changes, DELETED)).isEqualTo(BASE);
        assertThat(join(changes, INSERTED)).isEqualTo(proposed);
    }

    @Test
    void an_unchanged_text_is_one_run_and_spacing_is_no_change() {
        assertThat(WordDiff.between(BASE, BASE)).containsExactly(new Change(SAME, BASE));
        assertThat(WordDiff.changes(BASE, " States  Parties will clear contaminated areas as soon as possible. ")).isFalse();
        assertThat(WordDiff.changes(BASE, BASE.replace("soon", "early"))).isTrue();
        assertThat(WordDiff.between("", "New text")).containsExactly(new Change(INSERTED, "New text"));
    }

    private static String join(List<Change> changes, Kind other) {
        return changes.stream().filter(c -> c.kind() == SAME || c.kind() == other).map(Change::text)
                .collect(Collectors.joining());
    }
}
