package org.plenary.shared.web;

import java.net.URI;
import org.plenary.shared.ConflictException;
import org.plenary.shared.DomainException;
import org.plenary.shared.ForbiddenException;
import org.plenary.shared.InvalidInputException;
import org.plenary.shared.NotAuthenticatedException;
import org.plenary.shared.NotFoundException;
import org.plenary.shared.UnsupportedContentException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** Builds problem details with a stable type per HTTP status. */
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
        problem.setType(URI.create("urn:plenary:problem:" + status.name().toLowerCase().replace('_', '-')));
        problem.setTitle(status.getReasonPhrase());
        return problem;
    }
}
