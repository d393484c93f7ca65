package org.plenary.silence;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.plenary.PlenaryTest;

/** The public (nobody signed in) reads the home page of a process: what each module lets anybody see, no more. */
class PublicProcessPageTest extends PlenaryTest {

    private SilenceWorld world;

    @AfterEach
    void withdrawOpen() {
        world.withdrawOpen();
    }

    @Test
    void anybodySeesTheCirculatedProceduresOnTheProcessPageButNotItsDrafts() throws Exception {
        world = SilenceWorld.create(admin(), "PT1H");
        Map<String, Object> circulated = new HashMap<>(world.proposal(Instant.now().plus(Duration.ofHours(2))));
        circulated.put("subject", "Date of the First Preparatory Meeting <script>alert(1)</script>");
        world.circulated(circulated);
        Map<String, Object> draft = new HashMap<>(world.proposal(Instant.now().plus(Duration.ofHours(3))));
        draft.put("subject", "A draft nobody outside may read");
        assertThat(world.presidency().api().post(world.path(), draft).status()).isEqualTo(201);

        HttpResponse<String> home = anonymous("/processes/" + world.process());

        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body())
                .contains("Date of the First Preparatory Meeting &lt;script&gt;alert(1)&lt;/script&gt;")
                .contains("/calendar.ics")
                .as("the public gets the meeting as an iCalendar file, not the delegates' meeting page")
                .contains("/meetings/" + world.meeting() + "/calendar.ics")
                .doesNotContain("/meetings/" + world.meeting() + "\"")
                .doesNotContain("<script>alert(1)</script>", "A draft nobody outside may read", "/participants\"");
        HttpResponse<String> landing = anonymous("/");
        assertThat(landing.statusCode()).isEqualTo(200);
        assertThat(landing.body()).contains("/processes/");
        assertThat(anonymous("/processes/" + world.process() + "/participants").statusCode())
                .as("the participants page still needs a sign-in").isEqualTo(302);
    }

    private HttpResponse<String> anonymous(String path) throws Exception {
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
        }
    }
}
