package org.plenary.shared;

import java.util.List;

/**
 * The answer of a policy: allowed, or refused with a reason a person can read
 * ("Only States Parties may break silence"). The reason goes straight to the API error and the UI; like a
 * {@link DomainException}, a refusal may name its translated text for pages with {@link Refused#withKey}.
 */
public sealed interface Verdict {

    Verdict ALLOWED = new Allowed();

    static Refused refused(String reason) {
        return new Refused(reason, null, List.of());
    }

    default boolean allowed() {
        return this instanceof Allowed;
    }

    /** Throws {@link ForbiddenException} with the reason (and its key, if any) when refused. */
    default void orForbid() {
        if (this instanceof Refused(String reason, String key, List<Object> arguments)) {
            ForbiddenException forbidden = new ForbiddenException(reason);
            if (key != null) {
                forbidden.withKey(key, arguments.toArray());
            }
            throw forbidden;
        }
    }

    record Allowed() implements Verdict {
    }

    /** A refusal: the English reason, and the key of its translated text (null when it has none). */
    record Refused(String reason, String key, List<Object> arguments) implements Verdict {

        public Refused {
            arguments = List.copyOf(arguments);
        }

        /** The same refusal, naming its translated text in {@code messages*.properties}. */
        public Refused withKey(String key, Object... arguments) {
            return new Refused(reason, key, List.of(arguments));
        }
    }
}
