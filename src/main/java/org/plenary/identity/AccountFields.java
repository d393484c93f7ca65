package org.plenary.identity;

import java.util.Locale;
import java.util.Set;
import org.plenary.shared.InvalidInputException;
import org.plenary.shared.TextInput;

/** The rules for what a person types about an account: e-mail address, display name, language, username. */
final class AccountFields {

    static final Set<String> LANGUAGES = Set.of("ar", "zh", "en", "fr", "ru", "es");

    private AccountFields() {
    }

    static String email(String value) {
        String email = value == null ? "" : value.strip();
        if (!email.matches("[^@\\s]+@[^@\\s]+") || email.length() > 254 || !TextInput.isLine(email)) {
            throw InvalidInputException.of("email", "A valid e-mail address is required");
        }
        return email;
    }

    static String displayName(String value) {
        String name = value == null ? "" : value.strip();
        if (name.isEmpty() || name.length() > 200 || !TextInput.isLine(name)) {
            throw InvalidInputException.of("displayName", "A display name of 1 to 200 characters, on one line, is required");
        }
        return name;
    }

    /** The language of the e-mails and pages for this person: English unless one of Plenary's languages is named. */
    static String language(String value) {
        if (value == null || value.isBlank()) {
            return "en";
        }
        String language = value.strip().toLowerCase(Locale.ROOT);
        if (!LANGUAGES.contains(language)) {
            throw InvalidInputException.of("language", "The language is one of ar, zh, en, fr, ru, es");
        }
        return language;
    }

    /** A username suggested from an e-mail address: its local part, in the characters usernames allow. */
    static String suggestedUsername(String email) {
        String local = email.substring(0, email.indexOf('@')).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]", "");
        local = local.replaceFirst("^[._-]+", "");
        return local.length() > 50 ? local.substring(0, 50) : local;
    }
}
