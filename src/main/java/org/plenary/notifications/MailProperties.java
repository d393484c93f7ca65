package org.plenary.notifications;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** The SMTP server and sender; without a host no e-mail is sent and outgoing mail waits. */
@ConfigurationProperties("plenary.mail")
public record MailProperties(String host, int port, String user, String password, String from, Duration timeout) {

    public MailProperties {
        port = port <= 0 ? 25 : port;
        from = from == null || from.isBlank() ? "plenary@localhost" : from;
        timeout = timeout == null ? Duration.ofSeconds(20) : timeout;
    }

    public boolean configured() {
        return host != null && !host.isBlank();
    }
}
