package org.plenary.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/**
 * Lets an upload over the size limits reach its controller. Tomcat throws from every {@code getParameter}
 * once it failed to read such a body, so that the CSRF check, the language switch, the bearer token check
 * and even the error page would fail with it, and Tomcat would answer with its own page. Here the
 * parameters of such a request are those of its query only (where the upload forms of the web interface
 * put their CSRF token); the body's failure surfaces where the files are read, and the page or the API
 * answers 413 in its own way.
 */
final class OversizedUploads extends OncePerRequestFilter {

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getContentType() == null
                || !request.getContentType().toLowerCase().startsWith(MediaType.MULTIPART_FORM_DATA_VALUE);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            request.getParameterMap();
        } catch (RuntimeException unreadable) {
            chain.doFilter(new QueryParametersOnly(request), response);
            return;
        }
        chain.doFilter(request, response);
    }

    private static final class QueryParametersOnly extends HttpServletRequestWrapper {

        private final Map<String, String[]> query;

        QueryParametersOnly(HttpServletRequest request) {
            super(request);
            String queryString = request.getQueryString() == null ? "" : request.getQueryString();
            this.query = UriComponentsBuilder.fromUriString("?" + queryString).build(true).getQueryParams()
                    .entrySet().stream().collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> e.getValue()
                            .stream().map(v -> v == null ? "" : UriUtils.decode(v, StandardCharsets.UTF_8))
                            .toArray(String[]::new)));
        }

        @Override
        public String getParameter(String name) {
            String[] values = query.get(name);
            return values == null || values.length == 0 ? null : values[0];
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return query;
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(query.keySet());
        }

        @Override
        public String[] getParameterValues(String name) {
            return query.get(name);
        }
    }
}
