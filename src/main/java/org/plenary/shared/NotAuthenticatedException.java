package org.plenary.shared;

/** The caller could not be identified: wrong credentials, or none (401). */
public final class NotAuthenticatedException extends DomainException {

    public NotAuthenticatedException(String message) {
        super(message);
    }
}
