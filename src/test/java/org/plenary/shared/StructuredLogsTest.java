package org.plenary.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.ConsoleAppender;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.plenary.PlenaryTest;
import org.plenary.correspondence.LetterRun;
import org.plenary.support.Fixtures;
import org.plenary.support.Fixtures.Person;
import org.plenary.support.Mails;
import org.plenary.support.WebSession;
import org.slf4j.LoggerFactory;
import org.springframework.boot.logging.logback.StructuredLogEncoder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The console log as {@code logging.structured.format.console=ecs} writes it in production: the running application's
 * console appender is given Spring Boot's ECS encoder, as that setting does, while a person signs in (once with a
 * wrong password), takes a bearer token, creates a private calendar feed and an officer sends a letter (mail, and
 * its PDF by openhtmltopdf, whose own lines go through SLF4J). Everything written to the console meanwhile, by the
 * application and its libraries, is one JSON object per line with the ECS fields, at the levels of production
 * (INFO), and holds none of the secrets used.
 */
class StructuredLogsTest extends PlenaryTest {

    private static final Pattern FEED = Pattern.compile("<code id=\"calendar-feed\">([^<]+)</code>");

    @Test
    void everyConsoleLineIsAnEcsJsonObjectWithoutSecrets() throws Exception {
        Person person = Fixtures.aDelegate(admin(), Fixtures.aState(admin()));
        LetterRun letter = LetterRun.prepare(admin(), 1, 1);
        List<String> secrets = new ArrayList<>(List.of(Fixtures.PASSWORD, ADMIN_PASSWORD, METRICS_TOKEN,
                "Wrong-password-4711", letter.presidencyToken()));

        List<String> lines = consoleWhile(() -> {
            assertThat(api().post("/auth/token", Map.of("username", person.username(),
                    "password", "Wrong-password-4711")).status()).isEqualTo(401);
            secrets.add(tokenFor(person.username(), Fixtures.PASSWORD));
            WebSession web = WebSession.signIn(port, person.username(), Fixtures.PASSWORD);
            web.get("/account");
            HttpResponse<String> created = web.post("/account/calendar-feed", Map.of());
            assertThat(created.statusCode()).isEqualTo(302);
            Matcher shown = FEED.matcher(web.get("/account").body());
            assertThat(shown.find()).isTrue();
            String feed = URI.create(shown.group(1)).getPath();
            secrets.add(feed.substring(feed.lastIndexOf('/') + 1, feed.length() - ".ics".length()));
            assertThat(api().get(feed).status()).isEqualTo(200);
            assertThat(api().as(METRICS_TOKEN).get("/actuator/prometheus").status()).isEqualTo(200);
            letter.send();
            await().atMost(Mails.DELIVERY).until(() -> letter.receivedBy(MAIL).equals(letter.eachRecipientOnce()));
        });

        JsonMapper json = JsonMapper.builder().build();
        List<JsonNode> events = new ArrayList<>();
        for (String line : lines) {
            JsonNode event = json.readTree(line);
            for (String field : List.of("@timestamp", "log.level", "log.logger", "message", "ecs.version",
                    "process.pid", "process.thread.name")) {
                assertThat(field(event, field).isMissingNode()).as("%s in %s", field, line).isFalse();
            }
            events.add(event);
        }
        assertThat(events).as("the letter's dispatch logs").isNotEmpty();
        assertThat(events).as("the letter PDF's renderer, through SLF4J")
                .anyMatch(e -> field(e, "log.logger").asString().startsWith("com.openhtmltopdf"));
        for (String secret : secrets) {
            assertThat(lines).as("no line holds a secret").noneMatch(line -> line.contains(secret));
        }
    }

    /** The lines written to the console while {@code journey} runs, the console appender writing ECS JSON. */
    private static List<String> consoleWhile(ThrowingRunnable journey) throws Exception {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        assertThat(root.getLevel()).as("the level of production").isEqualTo(Level.INFO);
        Appender<ILoggingEvent> plain = root.getAppender("CONSOLE");
        assertThat(plain).isNotNull();
        StructuredLogEncoder ecs = new StructuredLogEncoder();
        ecs.setContext(context);
        ecs.setFormat("ecs");
        ecs.setCharset(StandardCharsets.UTF_8);
        ecs.start();
        ConsoleAppender<ILoggingEvent> structured = new ConsoleAppender<>();
        structured.setContext(context);
        structured.setName("CONSOLE-ECS");
        structured.setEncoder(ecs);
        structured.start();
        ByteArrayOutputStream written = new ByteArrayOutputStream();
        PrintStream out = System.out;
        PrintStream err = System.err;
        System.setOut(tee(out, written));
        System.setErr(tee(err, written));
        root.detachAppender(plain);
        root.addAppender(structured);
        try {
            journey.run();
        } finally {
            root.detachAppender(structured);
            root.addAppender(plain);
            structured.stop();
            System.setOut(out);
            System.setErr(err);
        }
        return written.toString(StandardCharsets.UTF_8).lines().filter(line -> !line.isBlank()).toList();
    }

    private static PrintStream tee(PrintStream original, OutputStream copy) {
        return new PrintStream(new OutputStream() {
            @Override
            public void write(int b) {
                original.write(b);
                synchronized (copy) {
                    try {
                        copy.write(b);
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }
            }

            @Override
            public void write(byte[] b, int off, int len) {
                original.write(b, off, len);
                synchronized (copy) {
                    try {
                        copy.write(b, off, len);
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }
            }
        }, true, StandardCharsets.UTF_8);
    }

    /** An ECS field, nested ({@code log: {level}}) or dotted ({@code "log.level"}). */
    private static JsonNode field(JsonNode event, String name) {
        if (event.has(name)) {
            return event.get(name);
        }
        JsonNode node = event;
        for (String part : name.split("\\.")) {
            node = node.path(part);
        }
        return node;
    }

    private interface ThrowingRunnable {
        void run() throws Exception;
    }
}
