package org.plenary.shared.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.plenary.shared.Actor;
import org.springframework.security.web.csrf.CsrfToken;

/**
 * What every page template needs besides its own content: texts, the CSRF token of its forms, who is
 * signed in, and the path with its query (without {@code lang}), to mark the current navigation entry and
 * to switch the language while staying on the same page; and the notice of the action just done, if any.
 */
public record Page(Texts t, CsrfToken csrf, Optional<Actor> actor, String path, Map<String, String> query,
        String notice) {

    public boolean signedIn() {
        return actor.isPresent();
    }

    public boolean admin() {
        return actor.map(Actor::admin).orElse(false);
    }

    /**
     * The action of a form that uploads files, with the CSRF token in its query rather than in the body: the
     * token is then checked without parsing the upload, so that an upload too large is answered 413 with a
     * page that says so, not refused as forged. The token is per session and the Referer stays on this site.
     */
    public String multipartAction(String path) {
        return csrf == null ? path
                : path + "?" + csrf.getParameterName() + "=" + URLEncoder.encode(csrf.getToken(), StandardCharsets.UTF_8);
    }

    /** {@code aria-current="page"} for the navigation entry of {@code prefix} (exactly {@code /} for home). */
    public String current(String prefix) {
        boolean current = prefix.equals("/") ? path.equals("/") : path.startsWith(prefix);
        return current ? "page" : null;
    }
}
