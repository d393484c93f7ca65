package org.plenary.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.net.SocketFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Several e-mails over one connection, and what counts as delivered: once the mail server has answered 250 to the message, it has taken
 * responsibility for it (RFC 5321, 6.1), whatever happens to the connection afterwards. Reporting that as a
 * failure would make the outbox send the e-mail again.
 */
class MailerTest {

    private static final OutgoingMail MAIL = new OutgoingMail("delegate@mission.example", "en", "Subject", "Text",
            "<p>Text</p>", List.of());
    private static final UUID ID = UUID.randomUUID();

    @Test
    void aMessageTheServerAcceptedIsDeliveredEvenIfTheConnectionBreaksRightAfter() throws Exception {
        try (ServerSocket server = new ServerSocket(0)) {
            CompletableFuture<List<String>> commands = CompletableFuture.supplyAsync(() -> acceptAndHangUpOnQuit(server));

            send(mailer(server.getLocalPort()), ID, MAIL);

            List<String> received = commands.get(10, TimeUnit.SECONDS);
            assertThat(received).as("a Message-ID at the domain of the sender address")
                    .contains("DATA", "Message-ID: <" + ID + "@secretariat.example.org>")
                    .anyMatch(line -> line.startsWith("Date: "));
        }
    }

    @Test
    void aRefusedConnectionIsAFailureNamingTheServer() throws Exception {
        int closedPort;
        try (ServerSocket unused = new ServerSocket(0)) {
            closedPort = unused.getLocalPort();
        }
        assertThatThrownBy(() -> send(mailer(closedPort), ID, MAIL)).isInstanceOf(MailException.class)
                .hasMessageContaining("localhost:" + closedPort);
    }

    @Test
    void severalMessagesGoOverOneConnectionAndARefusedRecipientDoesNotEndIt() throws Exception {
        try (ServerSocket server = new ServerSocket(0)) {
            CompletableFuture<List<String>> commands = CompletableFuture.supplyAsync(() -> oneConnection(server));
            Mailer mailer = mailer(server.getLocalPort());
            UUID second = UUID.randomUUID();
            try (SmtpConnection connection = mailer.connect()) {
                connection.send(mailer.message(ID, MAIL, Optional.empty()), MAIL.to());
                OutgoingMail unknown = to("unknown@mission.example");
                assertThatThrownBy(() -> connection.send(mailer.message(UUID.randomUUID(), unknown, Optional.empty()),
                        unknown.to())).hasMessageContaining("550 no such user");
                assertThat(connection.broken()).isFalse();
                OutgoingMail other = to("other@mission.example");
                connection.send(mailer.message(second, other, Optional.empty()), other.to());
            }
            assertThat(commands.get(10, TimeUnit.SECONDS)).as("one connection: one EHLO, three transactions")
                    .containsOnlyOnce("EHLO").filteredOn(line -> line.startsWith("Message-ID: "))
                    .containsExactly("Message-ID: <" + ID + "@secretariat.example.org>",
                            "Message-ID: <" + second + "@secretariat.example.org>");
        }
    }

    private static OutgoingMail to(String address) {
        return new OutgoingMail(address, "en", "Subject", "Text", "<p>Text</p>", List.of());
    }

    private static void send(Mailer mailer, UUID id, OutgoingMail mail) {
        try (SmtpConnection connection = mailer.connect()) {
            connection.send(mailer.message(id, mail, Optional.empty()), mail.to());
        }
    }

    @Test
    void connectionsToTheMailServerSendEachWriteAtOnce() throws Exception {
        JavaMailSenderImpl sender = sender(25);
        mailer(sender);
        SocketFactory sockets = (SocketFactory) sender.getSession().getProperties().get("mail.smtp.socketFactory");
        try (Socket socket = sockets.createSocket()) {
            assertThat(socket.getTcpNoDelay()).as("Nagle's algorithm off: no wait for an acknowledgement at the end "
                    + "of each message").isTrue();
        }
    }

    @Test
    void sendsOverTlsFromTheStart() throws Exception {
        GreenMail server = new GreenMail(ServerSetupTest.SMTPS.dynamicPort());
        server.start();
        try {
            JavaMailSenderImpl sender = sender(server.getSmtps().getPort());
            sender.setProtocol("smtps");
            // GreenMail's own certificate, issued to no host name: trusted here, its name not checked
            sender.getJavaMailProperties().put("mail.smtps.ssl.trust", "localhost");
            sender.getJavaMailProperties().put("mail.smtps.ssl.checkserveridentity", "false");
            send(mailer(sender), ID, MAIL);

            assertThat(server.getReceivedMessages()).singleElement()
                    .satisfies(m -> assertThat(m.getMessageID()).isEqualTo("<" + ID + "@secretariat.example.org>"));
            assertThat(sender.getSession().getProperties().get("mail.smtps.socketFactory"))
                    .as("the TLS connection sends each write at once too").isInstanceOf(NoDelaySockets.class);
        } finally {
            server.stop();
        }
    }

    private static Mailer mailer(int port) {
        return mailer(sender(port));
    }

    private static JavaMailSenderImpl sender(int port) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("localhost");
        sender.setPort(port);
        sender.getJavaMailProperties().put("mail.smtp.connectiontimeout", "5000");
        sender.getJavaMailProperties().put("mail.smtp.timeout", "5000");
        return sender;
    }

    private static Mailer mailer(JavaMailSenderImpl sender) {
        return new Mailer(new StaticListableBeanFactory(Map.of("mailSender", sender))
                .getBeanProvider(JavaMailSenderImpl.class), new MailProperties(null),
                "https://secretariat.example.org/plenary", Optional::empty);
    }

    /** A mail server that accepts one message, then resets the connection; answers the commands and the lines of the message. */
    private static List<String> acceptAndHangUpOnQuit(ServerSocket server) {
        List<String> commands = new ArrayList<>();
        try (Socket client = server.accept();
                BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
                Writer out = new OutputStreamWriter(client.getOutputStream(), StandardCharsets.US_ASCII)) {
            reply(out, "220 test ESMTP");
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String command = line.split(" ")[0].toUpperCase();
                commands.add(command);
                switch (command) {
                    case "DATA" -> {
                        reply(out, "354 go ahead");
                        for (String data = in.readLine(); !".".equals(data); data = in.readLine()) {
                            commands.add(data);
                        }
                        reply(out, "250 accepted");
                        client.setSoLinger(true, 0);
                        return commands;
                    }
                    default -> reply(out, "250 ok");
                }
            }
            return commands;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A mail server that takes one connection until QUIT and refuses one recipient; answers every line it read. */
    private static List<String> oneConnection(ServerSocket server) {
        List<String> lines = new ArrayList<>();
        try (Socket client = server.accept();
                BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
                Writer out = new OutputStreamWriter(client.getOutputStream(), StandardCharsets.US_ASCII)) {
            reply(out, "220 test ESMTP");
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lines.add(line.split(" ")[0].toUpperCase());
                if (line.startsWith("RCPT") && line.contains("unknown@")) {
                    reply(out, "550 no such user");
                } else if (line.startsWith("DATA")) {
                    reply(out, "354 go ahead");
                    for (String data = in.readLine(); !".".equals(data); data = in.readLine()) {
                        lines.add(data);
                    }
                    reply(out, "250 accepted");
                } else if (line.startsWith("QUIT")) {
                    reply(out, "221 bye");
                    return lines;
                } else {
                    reply(out, "250 ok");
                }
            }
            return lines;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void reply(Writer out, String line) throws IOException {
        out.write(line + "\r\n");
        out.flush();
    }
}
