package org.plenary.correspondence;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Timing of the e-mail outbox ({@code plenary.outbox.*}). A failed delivery is retried after
 * {@code firstRetry}, then after twice as long each time, at most {@code maxRetries} times (with the
 * defaults the last retry comes about four hours after the first failure); a dispatch that still fails
 * stays {@code FAILED} with its reason. Without a mail server a dispatch is looked at again every
 * {@code waitForMailServer}, without counting as an attempt.
 */
@ConfigurationProperties("plenary.outbox")
record OutboxProperties(Duration firstRetry, int maxRetries, Duration waitForMailServer) {

    OutboxProperties {
        firstRetry = firstRetry == null ? Duration.ofSeconds(15) : firstRetry;
        maxRetries = maxRetries <= 0 ? 10 : maxRetries;
        waitForMailServer = waitForMailServer == null ? Duration.ofMinutes(1) : waitForMailServer;
    }
}
