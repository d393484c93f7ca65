package org.plenary.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.plenary.PlenaryTest;
import org.plenary.support.Api;
import org.plenary.support.Fixtures;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Hundreds of viewers of one meeting's live view, each on its own connection (as many browsers would be), all joining
 * at the same moment (as after the projector's reload or an instance's stop): every one receives the current state
 * (read once for all of them, so none waits for a database connection), then every change, none is left out; the operators' meter counts them while they
 * watch, and no longer once they have left.
 */
class ManyViewersTest extends PlenaryTest {

    private static final int VIEWERS = 300;
    private static final String METER = "plenary_live_viewers{page=\"meeting\"} ";

    @Autowired
    private LiveMeetings live;

    /** One viewer: a socket reading the event stream, keeping the data of every event. */
    private record Viewer(Socket socket, ConcurrentLinkedQueue<String> states) {
    }

    @Test
    void everyViewerReceivesEveryChangeAndTheMeterCountsThem() throws Exception {
        Api admin = admin();
        String process = Fixtures.aProcess(admin, Fixtures.aTreaty(admin));
        Fixtures.Person chair = Fixtures.anOfficer(admin, process, "PRESIDENCY");
        Api officer = chair.api();
        String meeting = officer.post("/processes/" + process + "/meetings", Map.of("title", "Crowded meeting",
                "kind", "OTHER", "format", "VIRTUAL", "start", "2030-09-04T10:00:00+02:00",
                "end", "2030-09-04T13:00:00+02:00")).json().get("id").asString();
        String path = "/processes/" + process + "/meetings/" + meeting;
        officer.put(path + "/agenda", Map.of("status", "PROVISIONAL", "items",
                List.of(Map.of("title", "Opening"), Map.of("title", "Exchange of views"))));
        assertThat(officer.send("PATCH", path + "/speakers-list", "{\"agendaItem\":\"2\",\"current\":true}",
                "application/json").status()).isEqualTo(200);
        String token = tokenFor(chair.username(), Fixtures.PASSWORD);
        double before = meter();

        List<Viewer> viewers = new ArrayList<>();
        try (ExecutorService readers = Executors.newVirtualThreadPerTaskExecutor()) {
            CountDownLatch atOnce = new CountDownLatch(1);
            List<Future<Viewer>> joining = new ArrayList<>();
            for (int i = 0; i < VIEWERS; i++) {
                joining.add(readers.submit(() -> {
                    atOnce.await();
                    return watch(readers, "/api/v1" + path + "/live", token);
                }));
            }
            atOnce.countDown();
            for (Future<Viewer> joined : joining) {
                viewers.add(joined.get());
            }
            Awaitility.await().atMost(Duration.ofMinutes(2))
                    .until(() -> viewers.stream().allMatch(v -> v.states().size() == 1));
            assertThat(meter()).as("the meter counts every viewer").isGreaterThanOrEqualTo(before + VIEWERS);

            for (int seconds : new int[] {41, 42, 43}) {
                assertThat(officer.send("PATCH", path + "/speakers-list", "{\"agendaItem\":\"2\",\"timeLimit\":\"PT"
                        + seconds + "S\"}", "application/json").status()).isEqualTo(200);
            }
            Awaitility.await().atMost(Duration.ofMinutes(2)).until(() -> viewers.stream()
                    .allMatch(v -> v.states().size() > 1 && List.copyOf(v.states()).getLast().contains("PT43S")));
            List<String> first = List.copyOf(viewers.getFirst().states());
            assertThat(viewers).as("every viewer received the same states, none left out")
                    .allSatisfy(v -> assertThat(List.copyOf(v.states())).isEqualTo(first));

            for (Viewer viewer : viewers) {
                viewer.socket().close();
            }
            Awaitility.await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500)).until(() -> {
                live.keepAlive();
                return meter() <= before;
            });
        }
    }

    private Viewer watch(ExecutorService readers, String path, String token) throws IOException {
        Socket socket = new Socket("localhost", port);
        OutputStream out = socket.getOutputStream();
        out.write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nAccept: text/event-stream\r\n"
                + "Authorization: Bearer " + token + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
        Viewer viewer = new Viewer(socket, new ConcurrentLinkedQueue<>());
        readers.submit(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                    if (line.startsWith("data:")) {
                        viewer.states().add(line);
                    }
                }
            }
            return null;
        });
        return viewer;
    }

    /** The number of live views of meetings open on the instance, as Prometheus reads it. */
    private double meter() {
        return api().as(METRICS_TOKEN).get("/actuator/prometheus").text().lines().filter(l -> l.startsWith(METER))
                .mapToDouble(l -> Double.parseDouble(l.substring(METER.length()))).findFirst().orElseThrow();
    }
}
