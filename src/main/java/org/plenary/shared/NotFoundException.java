package org.plenary.shared;

/** The object does not exist, or the caller may not know that it exists (answered as 404). */
public final class NotFoundException extends DomainException {

    public NotFoundException(String what, Object id) {
        super(what + " " + id + " does not exist");
    }
}
