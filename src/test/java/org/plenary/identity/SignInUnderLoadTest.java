package org.plenary.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.plenary.PlenaryTest;
import org.plenary.support.Fixtures;

/**
 * Finding 1 of issue 13: forty sign-ins at once held every database connection (one in the sign-in's transaction,
 * waiting for a second one to count the failure) and froze the application, anonymous readers included.
 */
class SignInUnderLoadTest extends PlenaryTest {

    private static final int SIGN_INS = 64;
    private static final int READS = 40;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private HttpRequest signIn(int attempt) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/auth/token"))
                .header("Content-Type", "application/json")
                .header("X-Forwarded-For", TokenApiTest.aClientAddress())
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"username\":\"" + unique("nobody") + "\",\"password\":\"wrong-" + attempt + "\"}"))
                .timeout(Duration.ofSeconds(60)).build();
    }

    @Test
    void manySignInsWithUnknownUsernamesAtOnceLeaveReadersServedAndWriteNothing() {
        String process = Fixtures.aProcess(admin());
        HttpRequest read = HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/v1/processes/" + process + "/documents"))
                .timeout(Duration.ofSeconds(10)).build();
        Map<String, Object> before = snapshot();

        List<CompletableFuture<HttpResponse<String>>> signIns = new ArrayList<>();
        for (int attempt = 0; attempt < SIGN_INS; attempt++) {
            signIns.add(http.sendAsync(signIn(attempt), HttpResponse.BodyHandlers.ofString()));
        }
        List<Integer> readers = new ArrayList<>();
        for (int reader = 0; reader < READS && signIns.stream().anyMatch(s -> !s.isDone()); reader++) {
            readers.add(http.sendAsync(read, HttpResponse.BodyHandlers.ofString()).join().statusCode());
        }
        List<Integer> answers = signIns.stream().map(s -> s.join().statusCode()).toList();

        assertThat(readers).as("anonymous readers, each answered within 10 s while the sign-ins ran")
                .isNotEmpty().containsOnly(200);
        assertThat(answers).containsOnly(401);
        assertThat(snapshot()).as("failed sign-ins write nothing").isEqualTo(before);
    }
}
