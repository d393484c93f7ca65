package org.plenary.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.plenary.shared.DomainException;
import org.plenary.shared.InvalidInputException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

class PasswordRulesTest {

    @Test
    void acceptsAnUncommonPasswordOfTwelveCharacters() {
        assertThatCode(() -> PasswordRules.check("plenary-demo")).doesNotThrowAnyException();
        assertThatCode(() -> PasswordRules.check("gentle-otter-9")).doesNotThrowAnyException();
    }

    @Test
    void rejectsAShortOrMissingPassword() {
        assertThatThrownBy(() -> PasswordRules.check("0123abcd-xy")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("at least 12 characters");
        assertThatThrownBy(() -> PasswordRules.check(null)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void rejectsAPasswordLongerThanBcryptReads() {
        assertThatThrownBy(() -> PasswordRules.check("é".repeat(37)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("72 bytes");
    }

    @Test
    void rejectsACommonOrBreachedPasswordWhateverItsCase() {
        for (String common : new String[] {"123456789012", "passwordpassword", "PasswordPassword", "qwertyuiop123"}) {
            assertThatThrownBy(() -> PasswordRules.check(common)).as(common)
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("common")
                    .satisfies(e -> assertThat(((DomainException) e).key()).hasValue("refusal.identity.passwordCommon"));
        }
    }

    @Test
    void hashesWithTheConfiguredBcryptCostAndStillAcceptsOlderHashes() {
        IdentityProperties properties = new IdentityProperties(null, null, 0, null);
        PasswordEncoder encoder = new SignInConfiguration().passwordEncoder(properties);
        String olderHash = "{bcrypt}" + new BCryptPasswordEncoder(10).encode("plenary-demo");

        assertThat(encoder.encode("plenary-demo")).startsWith("{bcrypt}$2a$11$");
        assertThat(encoder.matches("plenary-demo", olderHash)).isTrue();
        assertThat(encoder.matches("plenary-dem0", olderHash)).isFalse();
    }
}
