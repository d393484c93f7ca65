package org.plenary.shared;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The run that trains the JDK's ahead-of-time cache ({@code -XX:AOTCacheOutput} with
 * {@code plenary.aot-training=true}): a whole start, web server and start-up runners included, then the first
 * requests of an instance (the health probe that says it is up, a page, a read of the API), then a clean stop, so
 * that the cache holds what a start and its first requests use (classes and their profiles) and the embedded
 * PostgreSQL stops with the application (Spring's {@code spring.context.exit=onRefresh} halts the JVM before either,
 * and left the database running). The setting is read when the application is ready to serve, not as a condition of
 * the bean: the build's processing ahead of time ({@code process-aot}) fixes every condition, and the training runs
 * on what it generated.
 */
@Component
class AotTraining {

    private static final Logger log = LoggerFactory.getLogger(AotTraining.class);
    /** What a start is followed by: the probe that waits for {@code UP}, the sign-in page, a public read of the API. */
    private static final List<String> FIRST_REQUESTS = List.of("/actuator/health", "/login", "/api/v1/audit/tree-head");

    private final boolean training;

    AotTraining(@Value("${plenary.aot-training:false}") boolean training) {
        this.training = training;
    }

    @EventListener
    void stopWhenReady(AvailabilityChangeEvent<ReadinessState> readiness) {
        if (training && readiness.getState() == ReadinessState.ACCEPTING_TRAFFIC
                && readiness.getSource() instanceof ApplicationContext context) {
            if (context instanceof WebServerApplicationContext web) {
                FIRST_REQUESTS.forEach(path -> request(web.getWebServer().getPort(), path));
            }
            System.exit(SpringApplication.exit(context));
        }
    }

    private static void request(int port, String path) {
        try {
            HttpURLConnection connection = (HttpURLConnection) URI.create("http://localhost:" + port + path)
                    .toURL().openConnection();
            try (InputStream body = connection.getResponseCode() < 400
                    ? connection.getInputStream() : connection.getErrorStream()) {
                if (body != null) {
                    body.readAllBytes();
                }
            }
            log.info("Training request {}: {}", path, connection.getResponseCode());
        } catch (IOException e) {
            log.warn("Training request {} failed: {}", path, e.toString());
        }
    }
}
