package org.plenary.identity;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.plenary.shared.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import tools.jackson.databind.ObjectMapper;

/** The 401 and 403 answers of the API, as problem details, before any controller is reached. */
final class ProblemResponses {

    private ProblemResponses() {
    }

    static AuthenticationEntryPoint unauthorized(ObjectMapper json) {
        return (request, response, e) -> {
            response.setHeader("WWW-Authenticate", "Bearer");
            write(response, json, Problems.of(HttpStatus.UNAUTHORIZED,
                    "Sign in first: send 'Authorization: Bearer <token>' from POST /api/v1/auth/token"
                            + (e.getMessage() != null && e.getMessage().startsWith("The token") ? " (" + e.getMessage() + ")" : "")));
        };
    }

    static AccessDeniedHandler forbidden(ObjectMapper json) {
        return (request, response, e) -> write(response, json,
                Problems.of(HttpStatus.FORBIDDEN, "You are not allowed to do this"));
    }

    private static void write(HttpServletResponse response, ObjectMapper json, ProblemDetail problem)
            throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", String.valueOf(problem.getType()));
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        body.put("detail", problem.getDetail());
        json.writeValue(response.getOutputStream(), body);
    }
}
