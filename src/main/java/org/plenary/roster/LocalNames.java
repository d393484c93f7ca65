package org.plenary.roster;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;
import java.util.Comparator;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.modulith.NamedInterface;

/**
 * The names of participants in one language, and that language's collation (ICU, as UN documents sort the names
 * of States): a list of States shown in French uses the French names, in French order.
 */
@NamedInterface("api")
public record LocalNames(String language, Map<UUID, String> names) {

    /** The participant's name in this language, or {@code english} (its name) where it is not known. */
    public String of(ParticipantId participant, String english) {
        return names.getOrDefault(participant.value(), english);
    }

    /** An order of items by a name in this language, as its collation orders words. */
    public <T> Comparator<T> by(Function<T, String> name) {
        Collator collator = collator(language);
        return Comparator.comparing(name, collator::compare);
    }

    static Collator collator(String language) {
        return Collator.getInstance(ULocale.forLanguageTag(language)).freeze();
    }
}
