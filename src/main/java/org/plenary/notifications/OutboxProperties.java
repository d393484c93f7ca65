package org.plenary.notifications;

import java.time.Duration;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Delivery of the e-mail outbox ({@code plenary.outbox.*}). Each instance keeps up to {@code connections} SMTP
 * connections busy, each delivering a batch of at most {@code batchSize} e-mails that it claimed for {@code lease}
 * (a lease that runs out, because its instance died, frees them for any instance). E-mails queued on this instance
 * leave as soon as their transaction commits; those of other instances and retries are found by looking every
 * {@code pollInterval}. A failed delivery is retried after {@code firstRetry}, then after twice as long each time,
 * at most {@code maxRetries} times (with the defaults the last retry comes about four hours after the first
 * failure); an e-mail that still fails stays {@code FAILED} with its reason. A permanent rejection (SMTP 5xx) is
 * {@code FAILED} at once, never retried. Without a mail server nothing is tried: the e-mails wait.
 */
@ConfigurationProperties("plenary.outbox")
public record OutboxProperties(Duration firstRetry, int maxRetries, int connections, int batchSize,
        Duration pollInterval, Duration lease) {

    public OutboxProperties {
        firstRetry = firstRetry == null ? Duration.ofSeconds(15) : firstRetry;
        maxRetries = maxRetries <= 0 ? 10 : maxRetries;
        connections = connections <= 0 ? 4 : connections;
        batchSize = batchSize <= 0 ? 50 : batchSize;
        pollInterval = pollInterval == null ? Duration.ofSeconds(1) : pollInterval;
        lease = lease == null ? Duration.ofMinutes(2) : lease;
    }

    /** How long to wait before trying again after failed attempt number {@code attempt} (from 1); none: never. */
    Optional<Duration> retryAfter(int attempt) {
        return attempt > maxRetries ? Optional.empty()
                : Optional.of(firstRetry.multipliedBy(1L << Math.min(attempt - 1, 30)));
    }
}
