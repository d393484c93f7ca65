package org.plenary.shared.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one DataSource of Plenary: the external PostgreSQL named by {@code PLENARY_DB_URL}, or else an
 * embedded PostgreSQL that lives and dies with the application.
 */
@Configuration(proxyBeanMethods = false)
class DataSourceConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DataSourceConfiguration.class);

    @Bean(destroyMethod = "close")
    ConnectionsInTurn dataSource(DatabaseProperties properties, EmbeddedDatabase embedded) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("plenary");
        config.setMaximumPoolSize(properties.maxPoolSize());
        config.setConnectionTimeout(properties.connectionTimeout().toMillis());
        if (properties.external()) {
            config.setJdbcUrl(properties.url());
            config.setUsername(properties.user());
            config.setPassword(properties.password());
            log.info("Using external PostgreSQL at {}", properties.url().replaceAll("\\?.*", ""));
        } else {
            config.setJdbcUrl(embedded.jdbcUrl());
            config.setUsername("postgres");
            config.setPassword(embedded.password());
        }
        return new ConnectionsInTurn(new HikariDataSource(config));
    }

    /** The embedded PostgreSQL, started early ({@link EarlyEmbeddedDatabase}) unless the application is set up otherwise. */
    @Bean(destroyMethod = "close")
    EmbeddedDatabase embeddedDatabase(DatabaseProperties properties, ConfigurableApplicationContext context)
            throws IOException {
        if (properties.external()) {
            return EmbeddedDatabase.none();
        }
        EmbeddedDatabase started = EarlyEmbeddedDatabase.take(context);
        return started != null ? started : EmbeddedDatabase.start(properties.dataDir());
    }
}
