package org.plenary.shared;

/**
 * The answer of a policy: allowed, or refused with a reason a person can read
 * ("Only States Parties may break silence"). The reason goes straight to the API error and the UI.
 */
public sealed interface Verdict {

    Verdict ALLOWED = new Allowed();

    static Verdict refused(String reason) {
        return new Refused(reason);
    }

    default boolean allowed() {
        return this instanceof Allowed;
    }

    /** Throws {@link ForbiddenException} with the reason when refused. */
    default void orForbid() {
        if (this instanceof Refused(String reason)) {
            throw new ForbiddenException(reason);
        }
    }

    record Allowed() implements Verdict {
    }

    record Refused(String reason) implements Verdict {
    }
}
