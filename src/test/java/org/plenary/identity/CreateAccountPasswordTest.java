package org.plenary.identity;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.plenary.shared.InvalidInputException;

class CreateAccountPasswordTest {

    @Test
    void acceptsAPasswordOfTenCharacters() {
        assertThatCode(() -> CreateAccount.checkPassword("0123456789")).doesNotThrowAnyException();
    }

    @Test
    void rejectsAShortOrMissingPassword() {
        assertThatThrownBy(() -> CreateAccount.checkPassword("012345678")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> CreateAccount.checkPassword(null)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void rejectsAPasswordLongerThanBcryptReads() {
        assertThatThrownBy(() -> CreateAccount.checkPassword("é".repeat(37)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("72 bytes");
    }
}
