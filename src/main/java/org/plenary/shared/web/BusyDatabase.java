package org.plenary.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.SQLTransientConnectionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.ObjectMapper;

/**
 * A request that found no free database connection in time, wherever it needed one (a filter reading the bearer
 * token or the session, a controller, a page), is answered 503 with {@code Retry-After}, never 500: the instance is
 * busy, not broken. The API gets a problem detail, a page the error page. The outermost filter.
 */
final class BusyDatabase extends OncePerRequestFilter {

    /** Seconds after which a client may try again. */
    static final String RETRY_AFTER = "2";

    private static final Logger log = LoggerFactory.getLogger(BusyDatabase.class);

    private final ObjectMapper json;

    BusyDatabase(ObjectMapper json) {
        this.json = json;
    }

    /** Whether {@code failure} comes from waiting in vain for a database connection. */
    static boolean busy(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof CannotGetJdbcConnectionException || cause instanceof SQLTransientConnectionException) {
                return true;
            }
        }
        return false;
    }

    static ProblemDetail problem() {
        return Problems.of(HttpStatus.SERVICE_UNAVAILABLE,
                "No database connection was free in time: try again in " + RETRY_AFTER + " seconds");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException failure) {
            if (!busy(failure) || response.isCommitted()) {
                throw failure;
            }
            log.warn("{} {} answered 503: {}", request.getMethod(), request.getRequestURI(), failure.toString());
            response.reset();
            response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER);
            if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
                response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
                response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                response.setCharacterEncoding("UTF-8");
                json.writeValue(response.getOutputStream(), problem());
            } else {
                response.sendError(HttpStatus.SERVICE_UNAVAILABLE.value());
            }
        }
    }
}
