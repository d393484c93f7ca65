package org.plenary.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LanguageVersionsTest {

    private final LanguageVersions<String> letter = new LanguageVersions<>("en", "Letter",
            Map.of("es", "Carta", "fr", "Lettre"));

    @Test
    void listsTheOriginalFirstThenTheVersionsInTheOfficialOrder() {
        assertThat(letter.languages()).containsExactly("en", "fr", "es");
        assertThat(letter.versions().keySet()).containsExactly("fr", "es");
    }

    @Test
    void showsAReaderTheirLanguageElseTheOriginal() {
        assertThat(letter.shownTo("fr")).isEqualTo("fr");
        assertThat(letter.shownTo("ru")).isEqualTo("en");
        assertThat(letter.in(letter.shownTo("es"))).isEqualTo("Carta");
    }

    @Test
    void beforeTheTextIsFinalAVersionIsAddedOrCorrectedAfterOnlyAdded() {
        letter.requireWritable("fr", false, "the letter");
        letter.requireWritable("ru", true, "the letter");
        assertThatThrownBy(() -> letter.requireWritable("fr", true, "the letter"))
                .isInstanceOf(ConflictException.class).hasMessageContaining("no longer changed");
        assertThatThrownBy(() -> letter.requireWritable("en", false, "the letter"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("original language");
    }

    @Test
    void aReaderAsksForAnOfficialLanguageTheTextExistsIn() {
        assertThat(letter.existing(null)).isEqualTo("en");
        assertThat(letter.existing(" FR ")).isEqualTo("fr");
        assertThatThrownBy(() -> letter.existing("ru")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> letter.existing("de")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void contentIsInTheLanguagesOfItsProcessOnly() {
        assertThat(ContentLanguages.require("ES", List.of("en", "es"))).isEqualTo("es");
        assertThatThrownBy(() -> ContentLanguages.require("ru", List.of("en", "es")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("does not work in 'ru'");
        assertThatThrownBy(() -> ContentLanguages.require("xx", List.of("en")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("official languages");
    }
}
