package org.plenary.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A signed-in browser session on the web pages, without a browser: keeps the session cookie, does not follow
 * redirects, and posts forms with the CSRF token of the page they were read from.
 */
public final class WebSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final int port;
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private String csrf;

    private WebSession(int port) {
        this.port = port;
    }

    /** A browser that has not signed in. */
    public static WebSession anonymous(int port) {
        return new WebSession(port);
    }

    /** Signs {@code username} in through the sign-in form. */
    public static WebSession signIn(int port, String username, String password) {
        WebSession session = new WebSession(port);
        session.get("/login");
        HttpResponse<String> signedIn = session.post("/login", Map.of("username", username, "password", password));
        assertThat(signedIn.statusCode()).as("sign-in of %s", username).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
        return session;
    }

    /** Reads a page; its CSRF token is kept for the next form posted. */
    public HttpResponse<String> get(String path) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri(path)).GET());
        Matcher matcher = CSRF.matcher(response.body());
        if (matcher.find()) {
            csrf = matcher.group(1);
        }
        return response;
    }

    /**
     * Posts a form (with the CSRF token of the last page read), as a browser submits it; a field whose value is a
     * list is sent once per element, in order.
     */
    /**
     * The readable address of a page given by an older one (with an id): where its GET is sent on (301), else the
     * path itself.
     */
    public String address(String path) {
        String at = path;
        for (HttpResponse<String> r = get(at); r.statusCode() == 301; r = get(at)) {
            at = r.headers().firstValue("Location").orElseThrow();
        }
        return at;
    }

    /** Reads a page given by an older address at its readable one. */
    public HttpResponse<String> open(String path) {
        return get(address(path));
    }

    public HttpResponse<String> post(String path, Map<String, ?> fields) {
        List<String> pairs = new ArrayList<>();
        fields.forEach((name, value) -> {
            for (Object one : value instanceof List<?> list ? list : List.of(value)) {
                pairs.add(encode(name) + "=" + encode(String.valueOf(one)));
            }
        });
        if (csrf != null) {
            pairs.add("_csrf=" + encode(csrf));
        }
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(String.join("&", pairs))));
    }

    /**
     * Posts a multipart form with one file, as a browser submits an upload: the CSRF token of the last page read
     * goes in the query, as the upload forms of Plenary send it.
     */
    public HttpResponse<String> postMultipart(String path, Map<String, String> fields, String fileField,
            String fileName, String contentType, byte[] file) {
        String boundary = "web-session-" + java.util.UUID.randomUUID();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        for (Map.Entry<String, String> field : fields.entrySet()) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey()
                    + "\"\r\n\r\n" + field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField
                + "\"; filename=\"" + fileName + "\"\r\nContent-Type: " + contentType + "\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        String action = csrf == null ? path : path + "?_csrf=" + encode(csrf);
        return send(HttpRequest.newBuilder(uri(action))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
