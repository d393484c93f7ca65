package org.plenary.shared;

/**
 * A request that the domain refuses. Each subtype maps to one HTTP status; the message is safe to show.
 */
public abstract sealed class DomainException extends RuntimeException
        permits NotAuthenticatedException, NotFoundException, ConflictException, ForbiddenException, InvalidInputException,
        UnsupportedContentException {

    protected DomainException(String message) {
        super(message);
    }
}
