package org.plenary.shared.web;

import jakarta.servlet.http.HttpServletResponse;
import org.plenary.shared.ConflictException;
import org.plenary.shared.DomainException;
import org.plenary.shared.ForbiddenException;
import org.plenary.shared.InvalidInputException;
import org.plenary.shared.NotAuthenticatedException;
import org.plenary.shared.NotFoundException;
import org.springframework.http.HttpStatus;

/**
 * A form of a page: the values entered (a small request record, never an entity) and, after the operation
 * refused them, its reason, shown next to the form with the values kept.
 */
public record Form<T>(T values, String error) {

    public static <T> Form<T> of(T values) {
        return new Form<>(values, null);
    }

    /** The form refused by {@code e}; the page answers with the status of the refusal (400, 409, …). */
    public static <T> Form<T> refused(T values, DomainException e, HttpServletResponse response) {
        response.setStatus(statusOf(e).value());
        return new Form<>(values, e.getMessage());
    }

    public boolean failed() {
        return error != null;
    }

    static HttpStatus statusOf(DomainException e) {
        return switch (e) {
            case NotAuthenticatedException x -> HttpStatus.UNAUTHORIZED;
            case NotFoundException x -> HttpStatus.NOT_FOUND;
            case ConflictException x -> HttpStatus.CONFLICT;
            case ForbiddenException x -> HttpStatus.FORBIDDEN;
            case InvalidInputException x -> HttpStatus.BAD_REQUEST;
        };
    }
}
