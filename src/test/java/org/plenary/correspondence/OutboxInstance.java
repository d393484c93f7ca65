package org.plenary.correspondence;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.plenary.PlenaryApplication;
import org.plenary.notifications.MailDelivered;
import org.plenary.support.Api;
import org.plenary.support.Fixtures;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;

/**
 * One instance of Plenary on a shared PostgreSQL, started and closed by a test, with its own name in
 * db-scheduler and a count of the e-mails its outbox delivered.
 */
final class OutboxInstance implements AutoCloseable {

    static final String ADMIN_PASSWORD = "outbox-admin-password";

    private final ConfigurableApplicationContext context;
    private final AtomicInteger delivered;

    private OutboxInstance(ConfigurableApplicationContext context, AtomicInteger delivered) {
        this.context = context;
        this.delivered = delivered;
    }

    /** Starts an instance on the database at {@code jdbcUrl}; {@code settings} are more {@code --name=value}. */
    static OutboxInstance start(String name, String jdbcUrl, String... settings) {
        AtomicInteger delivered = new AtomicInteger();
        List<String> arguments = new ArrayList<>(List.of("--plenary.db.url=" + jdbcUrl, "--plenary.db.user=postgres",
                "--server.port=0", "--plenary.identity.admin-password=" + ADMIN_PASSWORD,
                "--db-scheduler.scheduler-name=" + name));
        arguments.addAll(List.of(settings));
        ConfigurableApplicationContext context = new SpringApplicationBuilder(PlenaryApplication.class)
                .initializers(c -> c.addApplicationListener((ApplicationListener<ApplicationEvent>) event -> {
                    if (event instanceof PayloadApplicationEvent<?> payload
                            && payload.getPayload() instanceof MailDelivered sent) {
                        delivered.addAndGet(sent.ids().size());
                    }
                }))
                .run(arguments.toArray(String[]::new));
        return new OutboxInstance(context, delivered);
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

    /** E-mails this instance's outbox delivered. */
    int delivered() {
        return delivered.get();
    }

    @Override
    public void close() {
        context.close();
    }
}
