package org.plenary.shared.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.plenary.shared.NotFoundException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpHeaders;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.util.UriUtils;

/**
 * The one place where the pages' addresses are read: in {@code /processes/{code}/<segment>/{id}…} the {@code id}
 * may be a readable key ({@code SP.2}, {@code PM.2}), which becomes the id the controller reads; a GET of an address
 * with an id is sent (301) to the address with the key, so that the address bar and shared links show the key.
 * Unknown keys are 404. The JSON API keeps its ids.
 */
final class ReadableAddresses implements HandlerInterceptor {

    private final ObjectProvider<ReadableKeys> kinds;

    ReadableAddresses(ObjectProvider<ReadableKeys> kinds) {
        this.kinds = kinds;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method)
                || !AnnotatedElementUtils.hasAnnotation(method.getBeanType(), PageController.class)
                || !(request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE) instanceof String pattern)
                || !(request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> vars)) {
            return true;
        }
        String segment = segment(pattern, vars);
        Optional<ReadableKeys> kind = kinds.orderedStream().filter(k -> k.segment().equals(segment)).findFirst();
        if (kind.isEmpty() || !(vars.get("code") instanceof String code) || !(vars.get("id") instanceof String id)) {
            return true;
        }
        Optional<UUID> uuid = uuid(id);
        if (uuid.isEmpty()) {
            UUID resolved = kind.get().id(code, id).orElseThrow(() -> new NotFoundException("Page", id));
            Map<Object, Object> read = new LinkedHashMap<>(vars);
            read.put("id", resolved.toString());
            request.setAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE, read);
            return true;
        }
        boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
        if (request.getDispatcherType() != DispatcherType.REQUEST || !read) {
            return true;
        }
        Optional<String> key = kind.get().key(code, uuid.get());
        if (key.isEmpty()) {
            return true;
        }
        response.setStatus(HttpStatus.MOVED_PERMANENTLY.value());
        response.setHeader(HttpHeaders.LOCATION, readable(request, key.get()));
        return false;
    }

    /**
     * The kind of page a handler's pattern with an id addresses: {@code meetings} in
     * {@code /processes/{code}/meetings/{id}…}, or the {@code kind} in {@code /processes/{code}/{kind}/{id}…}; else "".
     */
    private static String segment(String pattern, Map<?, ?> vars) {
        String[] parts = pattern.split("/");
        if (parts.length < 5 || !parts[1].equals("processes") || !parts[2].equals("{code}") || !parts[4].equals("{id}")) {
            return "";
        }
        return parts[3].equals("{kind}") && vars.get("kind") instanceof String kind ? kind : parts[3];
    }

    /** The request's own address with the key in place of the id (a key's slashes stay path separators). */
    private static String readable(HttpServletRequest request, String key) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String[] segments = path.split("/", -1);
        segments[4] = Arrays.stream(key.split("/"))
                .map(part -> UriUtils.encodePathSegment(part, StandardCharsets.UTF_8)).collect(Collectors.joining("/"));
        String query = request.getQueryString();
        return request.getContextPath() + String.join("/", segments) + (query == null ? "" : "?" + query);
    }

    private static Optional<UUID> uuid(String text) {
        try {
            return text.length() == 36 ? Optional.of(UUID.fromString(text)) : Optional.empty();
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }
}
