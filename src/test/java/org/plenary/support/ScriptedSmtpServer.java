package org.plenary.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * A tiny SMTP server on this machine whose answer to each recipient ({@code RCPT TO}) is scripted, to test what the
 * outbox does with a temporary (4xx) or permanent (5xx) rejection, which GreenMail cannot give. It records every
 * recipient it was asked for and every one whose message it accepted.
 */
public final class ScriptedSmtpServer implements AutoCloseable {

    private final ServerSocket socket;
    private final Function<String, String> answerTo;
    private final List<String> asked = new CopyOnWriteArrayList<>();
    private final List<String> accepted = new CopyOnWriteArrayList<>();

    /** {@code answerTo}: the reply line to {@code RCPT TO} for an address, such as {@code "550 5.1.1 No such user"}. */
    public ScriptedSmtpServer(Function<String, String> answerTo) throws IOException {
        this.socket = new ServerSocket(0);
        this.answerTo = answerTo;
        Thread.ofVirtual().start(this::serve);
    }

    public int port() {
        return socket.getLocalPort();
    }

    /** Every recipient the server was asked to take, once per attempt. */
    public List<String> asked() {
        return List.copyOf(asked);
    }

    /** Every recipient whose message the server accepted. */
    public List<String> accepted() {
        return List.copyOf(accepted);
    }

    private void serve() {
        while (!socket.isClosed()) {
            try {
                Socket client = socket.accept();
                Thread.ofVirtual().start(() -> converse(client));
            } catch (IOException e) {
                return;
            }
        }
    }

    private void converse(Socket client) {
        try (client; BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(),
                StandardCharsets.US_ASCII)); Writer out = new OutputStreamWriter(client.getOutputStream(),
                        StandardCharsets.US_ASCII)) {
            reply(out, "220 scripted ESMTP");
            String recipient = null;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String command = line.split("[ :]")[0].toUpperCase(Locale.ROOT);
                switch (command) {
                    case "RCPT" -> {
                        String address = line.substring(line.indexOf('<') + 1, line.lastIndexOf('>'));
                        asked.add(address);
                        String answer = answerTo.apply(address);
                        recipient = answer.startsWith("250") ? address : null;
                        reply(out, answer);
                    }
                    case "DATA" -> {
                        if (recipient == null) {
                            reply(out, "503 5.5.1 No valid recipients");
                            continue;
                        }
                        reply(out, "354 go ahead");
                        for (String data = in.readLine(); data != null && !".".equals(data); data = in.readLine()) {
                            // the message itself is not kept
                        }
                        accepted.add(recipient);
                        reply(out, "250 2.0.0 accepted");
                    }
                    case "QUIT" -> {
                        reply(out, "221 bye");
                        return;
                    }
                    default -> reply(out, "250 ok");
                }
            }
        } catch (IOException e) {
            // the client went away
        }
    }

    private static void reply(Writer out, String line) throws IOException {
        out.write(line + "\r\n");
        out.flush();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
