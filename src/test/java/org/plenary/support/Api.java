package org.plenary.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * A small HTTP client for full-stack tests of the JSON API: {@code api.as(token).post("/participants", json)}.
 * Bodies are given as JSON text (or any object, serialised), answers are read as {@link JsonNode}.
 */
public final class Api {

    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String base;
    private final String token;
    private final Map<String, String> headers;

    public Api(int port) {
        this("http://localhost:" + port, null, Map.of());
    }

    private Api(String base, String token, Map<String, String> headers) {
        this.base = base;
        this.token = token;
        this.headers = headers;
    }

    /** The same client, sending {@code Authorization: Bearer token}. */
    public Api as(String token) {
        return new Api(base, token, headers);
    }

    public Api anonymous() {
        return new Api(base, null, headers);
    }

    /** The same client, sending one more header with every request (an {@code Idempotency-Key}, say). */
    public Api withHeader(String name, String value) {
        Map<String, String> more = new java.util.LinkedHashMap<>(headers);
        more.put(name, value);
        return new Api(base, token, Map.copyOf(more));
    }

    public Response get(String path) {
        return send("GET", path, null, null);
    }

    public Response post(String path, Object body) {
        return send("POST", path, body, "application/json");
    }

    public Response put(String path, Object body) {
        return send("PUT", path, body, "application/json");
    }

    public Response delete(String path) {
        return send("DELETE", path, null, null);
    }

    /** Sends a raw body with its content type (CSV, malformed JSON, …). */
    public Response send(String method, String path, Object body, String contentType) {
        HttpRequest.BodyPublisher content = switch (body) {
            case null -> HttpRequest.BodyPublishers.noBody();
            case byte[] bytes -> HttpRequest.BodyPublishers.ofByteArray(bytes);
            case String text -> HttpRequest.BodyPublishers.ofString(text);
            default -> HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body));
        };
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + apiPath(path)))
                .timeout(Duration.ofSeconds(30))
                .method(method, content);
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        headers.forEach(request::header);
        try {
            return new Response(HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString()));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Paths are relative to {@code /api/v1}, except those of other roots ({@code /actuator/…}, {@code /v3/…}). */
    private static String apiPath(String path) {
        return path.startsWith("/api/") || path.startsWith("/actuator/") || path.startsWith("/v3/") ? path
                : "/api/v1" + path;
    }

    /** An answer: status, headers and the body as JSON (or text). */
    public record Response(HttpResponse<String> raw) {

        public int status() {
            return raw.statusCode();
        }

        public JsonNode json() {
            return JSON.readTree(raw.body());
        }

        public String text() {
            return raw.body();
        }

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        @Override
        public String toString() {
            return raw.statusCode() + " " + raw.body();
        }
    }
}
