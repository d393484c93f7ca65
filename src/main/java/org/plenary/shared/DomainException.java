package org.plenary.shared;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * A request that the domain refuses. Each subtype maps to one HTTP status; the message is safe to show.
 * The message is English: the API answers it as the problem's {@code detail}. A refusal that people meet on
 * pages also names its text in {@code messages*.properties} with {@link #withKey}, so that pages show it in
 * the reader's language (the English message stays the fallback).
 */
public abstract sealed class DomainException extends RuntimeException
        permits NotAuthenticatedException, NotFoundException, ConflictException, ForbiddenException, InvalidInputException,
        UnsupportedContentException {

    private String key;
    private List<Object> arguments = List.of();

    protected DomainException(String message) {
        super(message);
    }

    /**
     * Names the translated text of this refusal, {@code refusal.<module>.<case>}, with its MessageFormat
     * arguments ({0}, {1} …): {@code throw new ConflictException("Too late …").withKey("refusal.silence.tooLate", ref)}.
     * The English message given to the constructor is unchanged.
     */
    public final DomainException withKey(String key, Object... arguments) {
        this.key = key;
        this.arguments = Collections.unmodifiableList(Arrays.asList(arguments));
        return this;
    }

    /** The message key of the translated text, if this refusal has one. */
    public final Optional<String> key() {
        return Optional.ofNullable(key);
    }

    public final List<Object> arguments() {
        return arguments;
    }
}
