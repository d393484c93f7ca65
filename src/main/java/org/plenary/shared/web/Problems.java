package org.plenary.shared.web;

import java.net.URI;
import org.plenary.shared.ConflictException;
import org.plenary.shared.DomainException;
import org.plenary.shared.ForbiddenException;
import org.plenary.shared.InvalidInputException;
import org.plenary.shared.NotAuthenticatedException;
import org.plenary.shared.NotFoundException;
import org.plenary.shared.UnsupportedContentException;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/**
 * Builds problem details with a stable type per kind of refusal: {@code urn:plenary:problem:} and the name of the
 * HTTP status ({@code urn:plenary:problem:not-found}), never {@code about:blank}.
 */
public final class Problems {

    private Problems() {
    }

    /** The one mapping of domain refusals to HTTP statuses, for the API and the web pages alike. */
    public static HttpStatus statusOf(DomainException e) {
        return switch (e) {
            case NotAuthenticatedException x -> HttpStatus.UNAUTHORIZED;
            case NotFoundException x -> HttpStatus.NOT_FOUND;
            case ConflictException x -> HttpStatus.CONFLICT;
            case ForbiddenException x -> HttpStatus.FORBIDDEN;
            case InvalidInputException x -> HttpStatus.BAD_REQUEST;
            case UnsupportedContentException x -> HttpStatus.UNSUPPORTED_MEDIA_TYPE;
        };
    }

    public static ProblemDetail of(HttpStatus status, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type(status));
        problem.setTitle(status.getReasonPhrase());
        return problem;
    }

    /** The kinds of refusal the API answers, each with the meaning documented in the OpenAPI document. */
    static final List<HttpStatus> KINDS = List.of(HttpStatus.BAD_REQUEST, HttpStatus.UNAUTHORIZED,
            HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND, HttpStatus.METHOD_NOT_ALLOWED, HttpStatus.NOT_ACCEPTABLE,
            HttpStatus.CONFLICT, HttpStatus.PRECONDITION_FAILED, HttpStatus.CONTENT_TOO_LARGE,
            HttpStatus.UNSUPPORTED_MEDIA_TYPE, HttpStatus.TOO_MANY_REQUESTS, HttpStatus.INTERNAL_SERVER_ERROR);

    public static URI type(HttpStatusCode code) {
        HttpStatus status = HttpStatus.resolve(code.value());
        String name = status == null ? String.valueOf(code.value()) : status.name().toLowerCase().replace('_', '-');
        return URI.create("urn:plenary:problem:" + name);
    }

    /** The list of {@link #KINDS} for people: "urn:plenary:problem:bad-request (400), …". */
    static String documented() {
        return KINDS.stream().map(s -> "`" + type(s) + "` (" + s.value() + ")").collect(Collectors.joining(", "));
    }
}
