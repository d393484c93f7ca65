package org.plenary.identity;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

/**
 * After a failed form sign-in: back to the form with one message for a wrong password and an unknown username
 * alike; or, when the sign-in is slowed down, the form again answered {@code 429} with {@code Retry-After}.
 */
final class SignInFailureHandler implements AuthenticationFailureHandler {

    /** The page that shows the form with the time to wait; reached only by this forward. */
    static final String THROTTLED_PAGE = "/login/throttled";

    private final AuthenticationFailureHandler wrong = new SimpleUrlAuthenticationFailureHandler("/login?error");

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException, ServletException {
        if (exception instanceof SignInThrottled throttled) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(throttled.retryAfterSeconds()));
            request.setAttribute(SignInThrottled.class.getName(), throttled);
            request.getRequestDispatcher(THROTTLED_PAGE).forward(request, response);
            return;
        }
        wrong.onAuthenticationFailure(request, response, exception);
    }
}
