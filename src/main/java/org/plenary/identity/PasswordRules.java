package org.plenary.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.plenary.shared.InvalidInputException;

/**
 * What a new password must be: at least {@link #MIN_LENGTH} characters, at most what BCrypt reads, and not one of
 * the common and breached passwords shipped in {@code identity/common-passwords.txt} (source and licence in
 * {@code common-passwords.NOTICE} beside it), compared without regard to case.
 */
public final class PasswordRules {

    public static final int MIN_LENGTH = 12;
    static final int MAX_BYTES = 72;
    private static final String FIELD = "password";
    private static final Set<String> COMMON = load("/identity/common-passwords.txt");

    private PasswordRules() {
    }

    /** Refuses (400, naming the rule and the field {@code password}) a password that breaks a rule. */
    public static void check(String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw InvalidInputException.of(FIELD, "A password has at least " + MIN_LENGTH + " characters")
                    .withKey("refusal.identity.passwordTooShort", MIN_LENGTH);
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw InvalidInputException.of(FIELD, "A password has at most " + MAX_BYTES + " bytes")
                    .withKey("refusal.identity.passwordTooLong", MAX_BYTES);
        }
        if (COMMON.contains(password.toLowerCase(Locale.ROOT))) {
            throw InvalidInputException.of(FIELD,
                    "This password is one of the most common or breached passwords: choose another")
                    .withKey("refusal.identity.passwordCommon");
        }
    }

    private static Set<String> load(String resource) {
        try (InputStream in = PasswordRules.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the application");
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::strip).filter(line -> !line.isEmpty()).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
