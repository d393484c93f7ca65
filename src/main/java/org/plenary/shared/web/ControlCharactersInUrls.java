package org.plenary.shared.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Map;
import org.plenary.shared.InvalidInputException;
import org.plenary.shared.TextInput;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Query parameters and path variables are one line of text: one holding a control character (U+0000 above
 * all, which PostgreSQL cannot store or compare) is refused with 400 before any controller reads it. Only the
 * query string is read, never a form or multipart body, whose texts the operations check themselves.
 */
final class ControlCharactersInUrls implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (request.getDispatcherType() != DispatcherType.REQUEST || !(handler instanceof HandlerMethod method)
                || !(AnnotatedElementUtils.hasAnnotation(method.getBeanType(), RestController.class)
                        || AnnotatedElementUtils.hasAnnotation(method.getBeanType(), PageController.class))) {
            return true;
        }
        if (request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> variables) {
            variables.forEach((name, value) -> check(name.toString(), value.toString()));
        }
        String query = request.getQueryString();
        if (query != null) {
            for (String parameter : query.split("&")) {
                int equals = parameter.indexOf('=');
                String name = decode("query", equals < 0 ? parameter : parameter.substring(0, equals));
                check(name, equals < 0 ? "" : decode(TextInput.isLine(name) ? name : "query",
                        parameter.substring(equals + 1)));
            }
        }
        return true;
    }

    private static void check(String name, String value) {
        if (!TextInput.isLine(name) || !TextInput.isLine(value)) {
            String field = TextInput.isLine(name) ? name : "query";
            throw InvalidInputException.of(field, "'" + field + "' may not hold control characters");
        }
    }

    /** Percent-decodes as UTF-8, refusing what is not: Tomcat would fail on it later, with a 500. */
    private static String decode(String field, String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '%') {
                    bytes.write(HexFormat.fromHexDigits(text, i + 1, i + 3));
                    i += 2;
                } else {
                    bytes.writeBytes(String.valueOf(c == '+' ? ' ' : c).getBytes(StandardCharsets.UTF_8));
                }
            }
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (IndexOutOfBoundsException | IllegalArgumentException | CharacterCodingException e) {
            throw InvalidInputException.of(field, "'" + field + "' is not correctly percent-encoded UTF-8");
        }
    }
}
