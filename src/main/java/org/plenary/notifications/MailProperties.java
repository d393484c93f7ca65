package org.plenary.notifications;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The sender of Plenary's e-mails ({@code plenary.mail.from}, from PLENARY_MAIL_FROM); without one, {@code plenary@}
 * the host of PLENARY_BASE_URL. The mail server itself is Spring Boot's {@code spring.mail.*}.
 */
@ConfigurationProperties("plenary.mail")
public record MailProperties(String from) {

    /** The sender address, given or made from the host of {@code baseUrl}. */
    String sender(String baseUrl) {
        if (from != null && !from.isBlank()) {
            return from.strip();
        }
        String host = java.net.URI.create(baseUrl).getHost();
        return "plenary@" + (host == null || host.isBlank() ? "localhost" : host);
    }
}
