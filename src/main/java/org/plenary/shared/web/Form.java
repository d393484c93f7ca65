package org.plenary.shared.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Optional;
import org.plenary.shared.DomainException;
import org.plenary.shared.InvalidInputException;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * A form of a page: the values entered (a small request record, never an entity) and, after the operation
 * refused them, its reason, shown next to the form with the values kept, in the reader's language when the
 * refusal has a key ({@code errorLanguage} is the language of {@code error}); and the fields the refusal names,
 * each with its reason, shown beside the field (see {@code tag/field.jte}).
 */
public record Form<T>(T values, String error, String errorLanguage, List<FieldError> fields) {

    /**
     * The reason a field was refused, in {@code language}; with the key and arguments of the refusal when it has
     * one, so that the page can say it with the field's own label ("Comment" has 20,412 characters …).
     */
    public record FieldError(String field, String text, String language, String key, List<Object> arguments) {

        /** The reason, naming the field by {@code label}: in the reader's words when the refusal has a key. */
        public String text(Texts t, String label) {
            return labelled(t).map(k -> t.get(k, withLabel(label))).orElse(text);
        }

        /** The language of {@link #text(Texts, String)}. */
        public String language(Texts t) {
            return labelled(t).isPresent() ? t.language() : language;
        }

        /** The text that names the field by its label, {@code form.field.<case>} for {@code refusal.<module>.<case>}. */
        private Optional<String> labelled(Texts t) {
            return Optional.ofNullable(key).map(k -> "form.field." + k.substring(k.lastIndexOf('.') + 1))
                    .filter(k -> t.messages().getMessage(k, null, null, t.locale()) != null);
        }

        private Object[] withLabel(String label) {
            Object[] all = new Object[arguments.size() + 1];
            all[0] = label;
            for (int i = 0; i < arguments.size(); i++) {
                all[i + 1] = arguments.get(i);
            }
            return all;
        }
    }

    public static <T> Form<T> of(T values) {
        return new Form<>(values, null, null, List.of());
    }

    /** The form refused by {@code e}; the page answers with the status of the refusal (400, 409, …). */
    public static <T> Form<T> refused(T values, DomainException e, HttpServletResponse response) {
        response.setStatus(Problems.statusOf(e).value());
        RefusalText reason = RefusalText.of(e,
                ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest());
        List<FieldError> fields = e instanceof InvalidInputException invalid ? invalid.errors().stream()
                .map(f -> invalid.errors().size() == 1 ? new FieldError(f.field(), reason.text(), reason.language(),
                        e.key().orElse(null), e.arguments()) : new FieldError(f.field(), f.message(), "en", null, List.of()))
                .toList() : List.of();
        return new Form<>(values, reason.text(), reason.language(), fields);
    }

    /** The same refusal, on other values. */
    public <V> Form<V> on(V other) {
        return new Form<>(other, error, errorLanguage, fields);
    }

    /** Why the field named {@code name} (as the refusal names it) was refused, if it was. */
    public Optional<FieldError> field(String name) {
        return fields.stream().filter(f -> f.field().equals(name)).findFirst();
    }

    public boolean failed() {
        return error != null;
    }
}
