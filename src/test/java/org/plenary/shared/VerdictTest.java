package org.plenary.shared;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class VerdictTest {

    @Test
    void anAllowedVerdictLetsTheOperationGoOn() {
        assertThatCode(Verdict.ALLOWED::orForbid).doesNotThrowAnyException();
    }

    @Test
    void aRefusedVerdictForbidsWithItsReason() {
        assertThatThrownBy(() -> Verdict.refused("Only States Parties may break silence").orForbid())
                .isInstanceOf(ForbiddenException.class).hasMessage("Only States Parties may break silence");
    }
}
