package org.plenary.shared.web;

import jakarta.servlet.http.HttpServletResponse;
import org.plenary.shared.DomainException;

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
        response.setStatus(Problems.statusOf(e).value());
        return new Form<>(values, e.getMessage());
    }

    public boolean failed() {
        return error != null;
    }
}
