package org.plenary.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.security.web.savedrequest.DefaultSavedRequest;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;

/**
 * The process a sign-in is for, whose own identity providers the sign-in page offers too: the one named in the
 * query ({@code /login?process=CODE}, a link its secretariat may send), else the one whose page the visitor was
 * on when asked to sign in.
 */
final class ProcessOfSignIn {

    private static final Pattern PROCESS_PAGE = Pattern.compile("^/processes/([^/]+)");

    private ProcessOfSignIn() {
    }

    static String of(String named, HttpServletRequest request, HttpServletResponse response) {
        if (named != null && !named.isBlank()) {
            return named.strip();
        }
        if (new HttpSessionRequestCache().getRequest(request, response) instanceof DefaultSavedRequest saved) {
            Matcher page = PROCESS_PAGE.matcher(saved.getRequestURI().substring(request.getContextPath().length()));
            return page.find() ? page.group(1) : null;
        }
        return null;
    }
}
