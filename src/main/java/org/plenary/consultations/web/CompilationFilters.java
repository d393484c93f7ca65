package org.plenary.consultations.web;

import java.util.Arrays;
import java.util.Locale;
import org.plenary.consultations.Compilation;
import org.plenary.consultations.Stance;
import org.plenary.roster.Category;
import org.plenary.shared.InvalidInputException;

/** Reads the filters of a compilation from a query: {@code category} and {@code stance}, blank for all. */
final class CompilationFilters {

    private CompilationFilters() {
    }

    static Compilation.Filter parse(String category, String stance) {
        return new Compilation.Filter(value(Category.class, "category", category), value(Stance.class, "stance", stance));
    }

    private static <E extends Enum<E>> E value(Class<E> type, String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of(field, "One of " + Arrays.toString(type.getEnumConstants()));
        }
    }
}
