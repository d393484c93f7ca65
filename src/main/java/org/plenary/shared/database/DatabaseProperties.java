package org.plenary.shared.database;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where Plenary keeps its data. Without {@code url}, an embedded PostgreSQL runs from {@code dataDir}.
 */
@ConfigurationProperties("plenary.db")
public record DatabaseProperties(String url, String user, String password, Path dataDir, int maxPoolSize) {

    public DatabaseProperties {
        if (dataDir == null) {
            dataDir = Path.of("data");
        }
        if (maxPoolSize <= 0) {
            maxPoolSize = 10;
        }
    }

    boolean external() {
        return url != null && !url.isBlank();
    }
}
