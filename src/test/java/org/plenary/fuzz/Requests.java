package org.plenary.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/** Sends raw requests: the path and query as given (already percent-encoded), any bytes as the body. */
final class Requests {

    static final String BOUNDARY = "plenary-fuzz-boundary";
    static final String MULTIPART = "multipart/form-data; boundary=" + BOUNDARY;

    /** An answer; status -1 when none came in time or the connection failed. */
    record Answer(int status, String body) {
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    Requests(int port) {
        this.base = "http://localhost:" + port;
    }

    Answer send(String method, String pathAndQuery, String token, byte[] body, String contentType) {
        HttpRequest.Builder request;
        try {
            request = HttpRequest.newBuilder(URI.create(base + pathAndQuery)).timeout(Duration.ofSeconds(20))
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofByteArray(body));
        } catch (IllegalArgumentException e) {
            return new Answer(0, "not a URI the client can send: " + e.getMessage());
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body());
        } catch (IOException e) {
            return new Answer(-1, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A multipart/form-data body: each part a JSON text (Map value String) or a file (byte[]). */
    static byte[] multipart(Map<String, Object> parts) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        parts.forEach((name, content) -> {
            boolean file = content instanceof byte[];
            body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\""
                    + (file ? "; filename=\"paper.txt\"\r\nContent-Type: text/plain"
                            : "\r\nContent-Type: application/json")
                    + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.writeBytes(file ? (byte[]) content : content.toString().getBytes(StandardCharsets.UTF_8));
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        });
        body.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }
}
