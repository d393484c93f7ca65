package org.plenary.shared;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The run that trains the JDK's ahead-of-time cache ({@code -XX:AOTCacheOutput} with
 * {@code plenary.aot-training=true}): a whole start, web server and start-up runners included, then a clean stop, so
 * that the cache holds what a start uses and the embedded PostgreSQL stops with the application (Spring's
 * {@code spring.context.exit=onRefresh} halts the JVM before either, and left the database running).
 */
@Component
@ConditionalOnBooleanProperty("plenary.aot-training")
class AotTraining {

    @EventListener
    void stopWhenReady(ApplicationReadyEvent ready) {
        System.exit(SpringApplication.exit(ready.getApplicationContext()));
    }
}
