package org.plenary.roster;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RosterNamesTest {

    @Test
    void namesAgreeWhateverTheirCaseAccentsSpacingAndPunctuation() {
        assertThat(RosterNames.agree("Côte d’Ivoire", "COTE D'IVOIRE")).isTrue();
        assertThat(RosterNames.agree("Türkiye", "turkiye")).isTrue();
        assertThat(RosterNames.agree("Lao People's Democratic Republic", " lao  peoples democratic republic"))
                .isFalse();
        assertThat(RosterNames.agree("Lao People's Democratic Republic", "Lao People s Democratic Republic"))
                .isTrue();
    }

    @Test
    void anotherNameDoesNotAgree() {
        assertThat(RosterNames.agree("Switzerland", "Not Switzerland X")).isFalse();
        assertThat(RosterNames.agree("Niger", "Nigeria")).isFalse();
    }
}
