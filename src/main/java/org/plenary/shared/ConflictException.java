package org.plenary.shared;

/** The request conflicts with the current state: a duplicate, or a transition not allowed now (409). */
public final class ConflictException extends DomainException {

    public ConflictException(String message) {
        super(message);
    }
}
