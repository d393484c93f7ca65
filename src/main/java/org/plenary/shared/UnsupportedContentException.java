package org.plenary.shared;

/** Content of a type that is not accepted, or whose bytes do not match its declared type (415). */
public final class UnsupportedContentException extends DomainException {

    public UnsupportedContentException(String message) {
        super(message);
    }
}
