package org.plenary.documents;

import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.plenary.PlenaryTest;
import org.plenary.support.Api;
import org.plenary.support.HostileFiles;

/**
 * Benchmark, not part of the test run: 11 delegations submit at once a statement that is a ~360 KB PDF expanding
 * to hundreds of megabytes (the attack of issue 13), while an anonymous reader fetches the public documents list
 * without pause. Prints the time each upload took to answer, the reader's latencies, and when the last extraction
 * ended. Run it with {@code ./mvnw test -Dtest=HostileUploadsBenchmark -Dsurefire.failIfNoSpecifiedTests=false};
 * results in docs/performance.md.
 */
class HostileUploadsBenchmark extends PlenaryTest {

    private static final int DELEGATIONS = 11;

    @Test
    void elevenHostileStatementsAtOnce() throws Exception {
        Api admin = admin();
        String treaty = unique("T").toUpperCase();
        admin.post("/treaties", Map.of("code", treaty, "title", "Treaty"));
        String process = admin.post("/processes", Map.of("code", unique("P"), "title", "Conference", "treaty",
                treaty, "timeZone", "Europe/Zurich", "languages", List.of("en"))).json().get("id").asString();
        String officerName = unique("officer");
        String officerId = admin.post("/users", Map.of("username", officerName, "password", "officer-password",
                "displayName", "Officer", "email", "o@example.org")).json().get("id").asString();
        admin.post("/processes/" + process + "/officers", Map.of("userId", officerId, "role", "SECRETARIAT"));
        Api officer = api().as(tokenFor(officerName, "officer-password"));
        String meeting = officer.post("/processes/" + process + "/meetings", Map.of("title", "Meeting", "kind",
                "PREPARATORY_MEETING", "format", "IN_PERSON", "start", "2020-09-04T10:00:00+02:00",
                "end", "2020-09-04T13:00:00+02:00")).json().get("id").asString();
        officer.put("/processes/" + process + "/meetings/" + meeting + "/agenda", Map.of("status", "PROVISIONAL",
                "items", List.of(Map.of("title", "Opening"))));
        List<String> delegates = new ArrayList<>();
        for (int i = 0; i < DELEGATIONS; i++) {
            String state = admin.post("/participants", Map.of("name", unique("State"), "kind", "STATE")).json()
                    .get("id").asString();
            String name = unique("delegate");
            admin.post("/users", Map.of("username", name, "password", "delegate-password", "displayName",
                    "Delegate", "email", "d@example.org", "participantId", state));
            delegates.add(tokenFor(name, "delegate-password"));
        }
        byte[] bomb = HostileFiles.pdfBomb(360L * 1024 * 1024);
        System.out.printf("BENCH hostile PDF: %d KB%n", bomb.length / 1024);
        String metadata = "{\"title\":\"Statement\",\"meetingId\":\"" + meeting
                + "\",\"agendaItem\":\"1\",\"originalLanguage\":\"en\"}";
        String url = "http://localhost:" + port + "/api/v1/processes/" + process + "/documents/statements";

        AtomicBoolean reading = new AtomicBoolean(true);
        List<Long> readerMillis = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor();
        Future<?> reader = pool.submit(() -> {
            HttpClient http = HttpClient.newHttpClient();
            while (reading.get()) {
                long start = System.nanoTime();
                http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/processes/"
                        + process + "/documents")).build(), HttpResponse.BodyHandlers.discarding());
                readerMillis.add((System.nanoTime() - start) / 1_000_000);
            }
            return null;
        });
        long start = System.nanoTime();
        List<Future<Long>> uploads = new ArrayList<>();
        for (String delegate : delegates) {
            uploads.add(pool.submit(() -> {
                long begin = System.nanoTime();
                HttpResponse<String> created = new Multipart().json("metadata", metadata)
                        .file("en", "statement.pdf", "application/pdf", bomb).post(url, delegate);
                if (created.statusCode() != 201) {
                    throw new IllegalStateException(created.body());
                }
                return (System.nanoTime() - begin) / 1_000_000;
            }));
        }
        List<Long> uploadMillis = new ArrayList<>();
        for (Future<Long> upload : uploads) {
            uploadMillis.add(upload.get());
        }
        await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofMillis(100)).until(() -> count(
                "select count(*) from document_file f join document d on d.id = f.document "
                + "where d.process = cast(? as uuid) and f.text_status = 'PENDING'", process) == 0);
        Duration allExtracted = Duration.ofNanos(System.nanoTime() - start);
        reading.set(false);
        reader.get();
        Collections.sort(uploadMillis);
        List<Long> reads = new ArrayList<>(readerMillis);
        Collections.sort(reads);
        System.out.printf("BENCH uploads answered in %s ms%n", uploadMillis);
        System.out.printf("BENCH every extraction ended after %d ms; statuses %s%n", allExtracted.toMillis(),
                jdbc.sql("select text_status || ': ' || coalesce(text_failure, '') from document_file f join document d"
                        + " on d.id = f.document where d.process = cast(:p as uuid)").param("p", process)
                        .query(String.class).list().stream().distinct().toList());
        System.out.printf("BENCH reader: %d requests, median %d ms, p99 %d ms, max %d ms%n", reads.size(),
                reads.get(reads.size() / 2), reads.get((int) (reads.size() * 0.99)), reads.getLast());
        pool.shutdownNow();
    }
}
