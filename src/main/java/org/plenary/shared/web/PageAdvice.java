package org.plenary.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.plenary.shared.Actor;
import org.springframework.context.MessageSource;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every page of the web interface its {@link Page}. */
@ControllerAdvice(annotations = Controller.class)
class PageAdvice {

    private final MessageSource messages;

    PageAdvice(MessageSource messages) {
        this.messages = messages;
    }

    @ModelAttribute("page")
    Page page(HttpServletRequest request, Locale locale) {
        return new Page(new Texts(messages, locale), (CsrfToken) request.getAttribute(CsrfToken.class.getName()),
                Actor.current(), request.getRequestURI());
    }
}
