package org.plenary.shared.database;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where Plenary keeps its data. Without {@code url}, an embedded PostgreSQL runs from {@code dataDir}. A request
 * waits at most {@code connectionTimeout} for one of the {@code maxPoolSize} connections, then is answered 503.
 */
@ConfigurationProperties("plenary.db")
public record DatabaseProperties(String url, String user, String password, Path dataDir, int maxPoolSize,
        Duration connectionTimeout) {

    public DatabaseProperties {
        if (dataDir == null) {
            dataDir = Path.of("data");
        }
        if (maxPoolSize <= 0) {
            maxPoolSize = 10;
        }
        if (connectionTimeout == null) {
            connectionTimeout = Duration.ofSeconds(30);
        }
    }

    boolean external() {
        return url != null && !url.isBlank();
    }
}
