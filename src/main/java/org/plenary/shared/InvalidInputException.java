package org.plenary.shared;

import java.util.List;

/** Input that is well-formed but invalid; names the offending fields (400). */
public final class InvalidInputException extends DomainException {

    private final transient List<FieldError> errors;

    public InvalidInputException(String message, List<FieldError> errors) {
        super(message);
        this.errors = List.copyOf(errors);
    }

    public static InvalidInputException of(String field, String message) {
        return new InvalidInputException(message, List.of(new FieldError(field, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }

    public record FieldError(String field, String message) {
    }
}
