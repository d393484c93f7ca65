package org.plenary.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.plenary.shared.Actor;
import org.springframework.context.MessageSource;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.RequestContextUtils;

/** Gives every page of the web interface its {@link Page} (not the JSON API, which has no use for it). */
@ControllerAdvice(annotations = PageController.class)
class PageAdvice {

    private final MessageSource messages;

    PageAdvice(MessageSource messages) {
        this.messages = messages;
    }

    @ModelAttribute("page")
    Page page(HttpServletRequest request, Locale locale) {
        Map<String, String> query = new LinkedHashMap<>();
        if ("GET".equals(request.getMethod())) {
            request.getParameterMap().forEach((name, values) -> {
                if (!name.equals("lang") && values.length > 0) {
                    query.put(name, values[0]);
                }
            });
        }
        Texts t = new Texts(messages, locale);
        return new Page(t, (CsrfToken) request.getAttribute(CsrfToken.class.getName()), Actor.current(),
                request.getRequestURI(), query, notice(request, t));
    }

    private static String notice(HttpServletRequest request, Texts t) {
        Map<String, ?> flash = RequestContextUtils.getInputFlashMap(request);
        return flash != null && flash.get(Notice.ATTRIBUTE) instanceof Notice notice ? notice.text(t) : null;
    }
}
