package org.plenary.identity;

import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.time.Clock;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** When a web session ends by itself (sign-out, timeout), its row in {@link WebSessions} ends too. */
@Component
class WebSessionEnd implements HttpSessionListener {

    private final WebSessions sessions;
    private final Clock clock;

    WebSessionEnd(WebSessions sessions, Clock clock) {
        this.sessions = sessions;
        this.clock = clock;
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        if (event.getSession().getAttribute(WebSessionFilter.ATTRIBUTE) instanceof UUID id) {
            sessions.ended(id, clock.instant());
        }
    }
}
