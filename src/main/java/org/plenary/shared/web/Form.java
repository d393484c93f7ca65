package org.plenary.shared.web;

import jakarta.servlet.http.HttpServletResponse;
import org.plenary.shared.DomainException;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * A form of a page: the values entered (a small request record, never an entity) and, after the operation
 * refused them, its reason, shown next to the form with the values kept, in the reader's language when the
 * refusal has a key ({@code errorLanguage} is the language of {@code error}).
 */
public record Form<T>(T values, String error, String errorLanguage) {

    public static <T> Form<T> of(T values) {
        return new Form<>(values, null, null);
    }

    /** The form refused by {@code e}; the page answers with the status of the refusal (400, 409, …). */
    public static <T> Form<T> refused(T values, DomainException e, HttpServletResponse response) {
        response.setStatus(Problems.statusOf(e).value());
        RefusalText reason = RefusalText.of(e,
                ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest());
        return new Form<>(values, reason.text(), reason.language());
    }

    /** The same refusal, on other values. */
    public <V> Form<V> on(V other) {
        return new Form<>(other, error, errorLanguage);
    }

    public boolean failed() {
        return error != null;
    }
}
