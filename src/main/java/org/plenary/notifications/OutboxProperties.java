package org.plenary.notifications;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Timing of the e-mail outbox ({@code plenary.outbox.*}). A failed delivery is retried after
 * {@code firstRetry}, then after twice as long each time, at most {@code maxRetries} times (with the
 * defaults the last retry comes about four hours after the first failure); an e-mail that still fails stays
 * {@code FAILED} with its reason. A permanent rejection (SMTP 5xx) is {@code FAILED} at once, never retried.
 * Without a mail server an e-mail is looked at again every {@code waitForMailServer}, without counting as an
 * attempt.
 */
@ConfigurationProperties("plenary.outbox")
public record OutboxProperties(Duration firstRetry, int maxRetries, Duration waitForMailServer) {

    public OutboxProperties {
        firstRetry = firstRetry == null ? Duration.ofSeconds(15) : firstRetry;
        maxRetries = maxRetries <= 0 ? 10 : maxRetries;
        waitForMailServer = waitForMailServer == null ? Duration.ofMinutes(1) : waitForMailServer;
    }
}
