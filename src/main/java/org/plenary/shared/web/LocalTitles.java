package org.plenary.shared.web;

import java.util.Map;
import java.util.UUID;

/**
 * The titles (or subjects) of a list's texts in the reader's language, by id, for the texts that have a version in
 * it; the others keep their original.
 */
public record LocalTitles(Map<UUID, String> titles) {

    public static final LocalTitles NONE = new LocalTitles(Map.of());

    public LocalTitles {
        titles = Map.copyOf(titles);
    }

    /** The title of the text {@code id} in the reader's language, else its {@code original}. */
    public String of(UUID id, String original) {
        return titles.getOrDefault(id, original);
    }
}
