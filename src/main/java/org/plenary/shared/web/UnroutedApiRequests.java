package org.plenary.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Problem details for API requests that reach no controller: an unknown path (404), a method (405) or a
 * content type (415) that no endpoint takes. {@link ApiExceptionHandler} only sees requests that found their
 * controller; requests outside {@code /api/} are left to the default handling of the web interface.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class UnroutedApiRequests {

    @ExceptionHandler({NoResourceFoundException.class, HttpRequestMethodNotSupportedException.class,
        HttpMediaTypeNotSupportedException.class})
    ResponseEntity<ProblemDetail> unrouted(Exception e, HttpServletRequest request) throws Exception {
        if (!request.getRequestURI().startsWith("/api/")) {
            throw e;
        }
        ErrorResponse error = (ErrorResponse) e;
        HttpStatus status = HttpStatus.valueOf(error.getStatusCode().value());
        String detail = e instanceof NoResourceFoundException
                ? "No endpoint answers " + request.getMethod() + " " + request.getRequestURI()
                : error.getBody().getDetail();
        return ResponseEntity.status(status).headers(error.getHeaders()).body(Problems.of(status, detail));
    }
}
