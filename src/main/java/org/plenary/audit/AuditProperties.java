package org.plenary.audit;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The audit log's deployment settings. {@code signingKey} is the Ed25519 key that signs tree heads, as written
 * in the data directory's {@code audit/signing-key} (base64 PKCS#8 private key, a space, base64 X.509 public
 * key); without it, the key in the data directory is used, generated at first start. Instances that share one
 * database must be given the same key. {@code integrationInterval}: how often each instance tries to integrate
 * new entries (only one at a time does).
 */
@ConfigurationProperties("plenary.audit")
public record AuditProperties(String signingKey, Duration integrationInterval) {

    public AuditProperties {
        if (integrationInterval == null || integrationInterval.isNegative() || integrationInterval.isZero()) {
            integrationInterval = Duration.ofMillis(500);
        }
    }
}
