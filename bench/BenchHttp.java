import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the load benchmarks share: one HTTP/1.1 client on the instance's address, signing in for a token, calls of
 * the API that must succeed, ids read from answers, accounts to create, and latencies as percentiles. It is found
 * beside the benchmark it serves when that is launched from its source ({@code java bench/WritesLoad.java}).
 */
final class BenchHttp {

    static final String PASSWORD = "bench-user-password";
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(30)).build();

    final String base;

    BenchHttp(String base) {
        this.base = base;
    }

    /** The request that signs in; {@code address}, if not null, is said in X-Forwarded-For. */
    HttpRequest signIn(String username, String password, String address) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/token"))
                .header("Content-Type", "application/json").timeout(Duration.ofSeconds(600))
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}"));
        if (address != null) {
            request.header("X-Forwarded-For", address);
        }
        return request.build();
    }

    String token(String username, String password, String address) {
        HttpResponse<String> answer = exchange(signIn(username, password, address));
        Matcher token = TOKEN.matcher(answer.body());
        if (answer.statusCode() != 200 || !token.find()) {
            throw new IllegalStateException("sign-in of " + username + ": " + answer.statusCode() + " " + answer.body());
        }
        return token.group(1);
    }

    String post(String token, String path, String json) {
        return send("POST", token, path, "application/json", json, 0);
    }

    /** The body of the API's answer, which must have the given status (any 2xx when {@code expected} is 0). */
    String send(String method, String token, String path, String type, String body, int expected) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/api/v1" + path))
                .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(120))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (type != null) {
            request.header("Content-Type", type);
        }
        HttpResponse<String> answer = exchange(request.build());
        boolean ok = expected == 0 ? answer.statusCode() / 100 == 2 : answer.statusCode() == expected;
        if (!ok) {
            throw new IllegalStateException(method + " " + path + ": " + answer.statusCode() + " " + answer.body());
        }
        return answer.body();
    }

    /** The status of the answer, -1 when there is none (refused, timed out). */
    static int status(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception e) {
            return -1;
        }
    }

    static HttpResponse<String> exchange(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(request.uri() + ": " + e, e);
        }
    }

    static String id(String json) {
        Matcher id = ID.matcher(json);
        if (!id.find()) {
            throw new IllegalStateException("no id in " + json);
        }
        return id.group(1);
    }

    /** The body that creates an account with the benchmark's password, a delegate's if {@code participantId}. */
    static String account(String username, String participantId) {
        return "{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD + "\",\"displayName\":\"" + username
                + "\",\"email\":\"" + username + "@bench.example\""
                + (participantId == null ? "" : ",\"participantId\":\"" + participantId + "\"") + "}";
    }

    static String percentiles(List<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        if (sorted.isEmpty()) {
            return "none";
        }
        return String.format("p50 %d ms, p99 %d ms, max %d ms", sorted.get(sorted.size() / 2) / 1_000_000,
                sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * 0.99) - 1)) / 1_000_000,
                sorted.getLast() / 1_000_000);
    }
}
