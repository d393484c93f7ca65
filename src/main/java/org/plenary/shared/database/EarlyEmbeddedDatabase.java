package org.plenary.shared.database;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationContextInitializedEvent;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.aot.AbstractAotProcessor;
import org.springframework.context.event.SmartApplicationListener;

/**
 * Starts the embedded PostgreSQL as soon as the application's settings are known, in a thread of its own, while
 * Spring reads the configuration of the application and creates the beans that need no database: the start of the
 * server (a second or more on a small machine) is no longer waited for in turn. The {@code embeddedDatabase} bean
 * takes the started server ({@link #take}); if the application fails before, the server is stopped.
 * Registered in {@code META-INF/spring.factories}. Not while the build processes the application ahead of time
 * ({@code process-aot}), which reads the configuration without starting anything.
 */
final class EarlyEmbeddedDatabase implements SmartApplicationListener, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EarlyEmbeddedDatabase.class);
    private static final String BEAN = EarlyEmbeddedDatabase.class.getName();

    private final CompletableFuture<EmbeddedDatabase> starting;
    private boolean taken;

    /** The listener, as Spring Boot makes it from spring.factories. */
    EarlyEmbeddedDatabase() {
        this(null);
    }

    private EarlyEmbeddedDatabase(CompletableFuture<EmbeddedDatabase> starting) {
        this.starting = starting;
    }

    @Override
    public boolean supportsEventType(Class<? extends ApplicationEvent> type) {
        return ApplicationContextInitializedEvent.class.isAssignableFrom(type)
                || ApplicationFailedEvent.class.isAssignableFrom(type);
    }

    @Override
    public void onApplicationEvent(ApplicationEvent event) {
        if (event instanceof ApplicationContextInitializedEvent initialized
                && !Boolean.getBoolean(AbstractAotProcessor.AOT_PROCESSING)) {
            start(initialized.getApplicationContext());
        } else if (event instanceof ApplicationFailedEvent failed && failed.getApplicationContext() != null
                && failed.getApplicationContext().getBeanFactory().containsSingleton(BEAN)) {
            ((EarlyEmbeddedDatabase) failed.getApplicationContext().getBeanFactory().getSingleton(BEAN)).close();
        }
    }

    private static void start(ConfigurableApplicationContext context) {
        DatabaseProperties properties = Binder.get(context.getEnvironment())
                .bindOrCreate("plenary.db", DatabaseProperties.class);
        if (properties.external()) {
            return;
        }
        CompletableFuture<EmbeddedDatabase> starting = new CompletableFuture<>();
        Thread.ofPlatform().name("embedded-postgres-start").start(() -> {
            try {
                starting.complete(EmbeddedDatabase.start(properties.dataDir()));
            } catch (IOException | RuntimeException e) {
                starting.completeExceptionally(e);
            }
        });
        context.getBeanFactory().registerSingleton(BEAN, new EarlyEmbeddedDatabase(starting));
    }

    /** The embedded PostgreSQL started for {@code context}, if it was (not with an external database). */
    static EmbeddedDatabase take(ConfigurableApplicationContext context) throws IOException {
        if (!context.getBeanFactory().containsSingleton(BEAN)) {
            return null;
        }
        EarlyEmbeddedDatabase early = (EarlyEmbeddedDatabase) context.getBeanFactory().getSingleton(BEAN);
        return early.take();
    }

    private synchronized EmbeddedDatabase take() throws IOException {
        try {
            EmbeddedDatabase database = starting.get();
            taken = true;
            return database;
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while the embedded PostgreSQL starts", e);
        }
    }

    /** Stops the server if the application failed before taking it. */
    @Override
    public synchronized void close() {
        if (taken || starting == null) {
            return;
        }
        taken = true;
        try {
            starting.join().close();
        } catch (IOException | RuntimeException e) {
            log.warn("Could not stop the embedded PostgreSQL of a failed start: {}", e.toString());
        }
    }
}
