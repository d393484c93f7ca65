package org.plenary.shared.web;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** Builds problem details with a stable type per HTTP status. */
public final class Problems {

    private Problems() {
    }

    public static ProblemDetail of(HttpStatus status, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("urn:plenary:problem:" + status.name().toLowerCase().replace('_', '-')));
        problem.setTitle(status.getReasonPhrase());
        return problem;
    }
}
