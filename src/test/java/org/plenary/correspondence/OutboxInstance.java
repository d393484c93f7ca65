package org.plenary.correspondence;

import com.github.kagkarlsson.scheduler.event.AbstractSchedulerListener;
import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.plenary.PlenaryApplication;
import org.plenary.support.Api;
import org.plenary.support.Fixtures;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One instance of Plenary on a shared PostgreSQL, started and closed by a test, with its own name in
 * db-scheduler and a count of the outbox executions it completed (successful or not).
 */
final class OutboxInstance implements AutoCloseable {

    static final String ADMIN_PASSWORD = "outbox-admin-password";

    private final ConfigurableApplicationContext context;
    private final AtomicInteger completed;

    private OutboxInstance(ConfigurableApplicationContext context, AtomicInteger completed) {
        this.context = context;
        this.completed = completed;
    }

    /** Starts an instance on the database at {@code jdbcUrl}; {@code settings} are more {@code --name=value}. */
    static OutboxInstance start(String name, String jdbcUrl, String... settings) {
        AtomicInteger completed = new AtomicInteger();
        List<String> arguments = new ArrayList<>(List.of("--plenary.db.url=" + jdbcUrl, "--plenary.db.user=postgres",
                "--server.port=0", "--plenary.identity.admin-password=" + ADMIN_PASSWORD,
                "--db-scheduler.scheduler-name=" + name));
        arguments.addAll(List.of(settings));
        ConfigurableApplicationContext context = new SpringApplicationBuilder(PlenaryApplication.class)
                .initializers(c -> c.getBeanFactory().registerSingleton("completedExecutions",
                        new AbstractSchedulerListener() {
                            @Override
                            public void onExecutionComplete(ExecutionComplete complete) {
                                completed.incrementAndGet();
                            }
                        }))
                .run(arguments.toArray(String[]::new));
        return new OutboxInstance(context, completed);
    }

    /** The settings of a mail server on this machine at {@code port}. */
    static String[] mailServerAt(int port, String... more) {
        List<String> settings = new ArrayList<>(List.of("--spring.mail.host=localhost", "--spring.mail.port=" + port));
        settings.addAll(List.of(more));
        return settings.toArray(String[]::new);
    }

    Api api() {
        return new Api(((WebServerApplicationContext) context).getWebServer().getPort());
    }

    Api admin() {
        return api().as(Fixtures.signIn(api(), "admin", ADMIN_PASSWORD));
    }

    /** Outbox executions this instance ran to their end, delivered or failed. */
    int completedExecutions() {
        return completed.get();
    }

    @Override
    public void close() {
        context.close();
    }
}
