package org.plenary.shared;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The run that trains the JDK's ahead-of-time cache ({@code -XX:AOTCacheOutput} with
 * {@code plenary.aot-training=true}): a whole start, web server and start-up runners included, then a clean stop, so
 * that the cache holds what a start uses and the embedded PostgreSQL stops with the application (Spring's
 * {@code spring.context.exit=onRefresh} halts the JVM before either, and left the database running). The setting is
 * read when the application is ready, not as a condition of the bean: the build's processing ahead of time
 * ({@code process-aot}) fixes every condition, and the training runs on what it generated.
 */
@Component
class AotTraining {

    private final boolean training;

    AotTraining(@Value("${plenary.aot-training:false}") boolean training) {
        this.training = training;
    }

    @EventListener
    void stopWhenReady(ApplicationReadyEvent ready) {
        if (training) {
            System.exit(SpringApplication.exit(ready.getApplicationContext()));
        }
    }
}
