package org.plenary.silence;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of silence procedures ({@code plenary.silence.*}): the reminder e-mail goes out
 * {@code reminderBefore} the deadline (24 hours by default), if the procedure is still open then.
 */
@ConfigurationProperties("plenary.silence")
record SilenceProperties(Duration reminderBefore) {

    SilenceProperties {
        reminderBefore = reminderBefore == null ? Duration.ofHours(24) : reminderBefore;
    }
}
