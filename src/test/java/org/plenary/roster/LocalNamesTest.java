package org.plenary.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class LocalNamesTest {

    @Test
    void frenchOrderIgnoresAccentsAtFirst() {
        List<String> names = List.of("Espagne", "Émirats arabes unis", "Égypte", "Estonie");
        assertThat(sorted("fr", names)).containsExactly("Égypte", "Émirats arabes unis", "Espagne", "Estonie");
    }

    @Test
    void russianOrderIsCyrillicOrder() {
        assertThat(sorted("ru", List.of("Япония", "Швейцария", "Австрия", "Ёмен", "Египет")))
                .containsExactly("Австрия", "Египет", "Ёмен", "Швейцария", "Япония");
    }

    @Test
    void spanishOrderPutsEnneAfterN() {
        assertThat(sorted("es", List.of("Ñandú", "Nueva Zelandia", "Omán")))
                .containsExactly("Nueva Zelandia", "Ñandú", "Omán");
    }

    @Test
    void aNameNotKnownInTheLanguageIsTheEnglishName() {
        ParticipantId known = ParticipantId.random();
        LocalNames french = new LocalNames("fr", Map.of(known.value(), "Suisse"));
        assertThat(french.of(known, "Switzerland")).isEqualTo("Suisse");
        assertThat(french.of(ParticipantId.random(), "Niue")).isEqualTo("Niue");
    }

    private static List<String> sorted(String language, List<String> names) {
        return names.stream().sorted(new LocalNames(language, Map.of()).by(Function.identity())).toList();
    }
}
