package org.plenary.contacts;

import java.util.Locale;
import org.plenary.processes.Process;
import org.plenary.shared.InvalidInputException;
import org.plenary.shared.TextInput;

/** What a contact says, checked: an e-mail address, an optional name, a role and one of the six UN languages. */
public record ContactDetails(String email, String name, ContactRole role, String language) {

    static final int MAX_NAME = 200;

    /** Checks and tidies what was given; {@code language} defaults to English. */
    public static ContactDetails of(String email, String name, ContactRole role, String language) {
        String address = email == null ? "" : email.strip();
        if (!address.matches("[^@\\s]+@[^@\\s]+") || address.length() > 254 || !TextInput.isLine(address)) {
            throw InvalidInputException.of("email", "A valid e-mail address is required");
        }
        String shown = TextInput.optionalLine("name", name, MAX_NAME);
        if (role == null) {
            throw InvalidInputException.of("role", "The role is required: MISSION, FOCAL_POINT, CAPITAL or OTHER");
        }
        String lang = language == null || language.isBlank() ? "en" : language.strip().toLowerCase(Locale.ROOT);
        if (!Process.LANGUAGES.contains(lang)) {
            throw InvalidInputException.of("language", "The language is one of ar, zh, en, fr, ru, es");
        }
        return new ContactDetails(address, shown, role, lang);
    }
}
