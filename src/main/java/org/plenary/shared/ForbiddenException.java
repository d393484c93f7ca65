package org.plenary.shared;

/** The caller is known but not allowed; the message says why (403). */
public final class ForbiddenException extends DomainException {

    public ForbiddenException(String reason) {
        super(reason);
    }
}
