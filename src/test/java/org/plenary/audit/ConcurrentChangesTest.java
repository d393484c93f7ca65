package org.plenary.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.plenary.PlenaryTest;
import org.plenary.support.Api;

/** Changes made at the same time each get their entry, the log stays gap-free, and duplicates lose with 409. */
class ConcurrentChangesTest extends PlenaryTest {

    private static List<Integer> statuses(List<Callable<Api.Response>> calls) throws Exception {
        try (ExecutorService pool = Executors.newFixedThreadPool(calls.size())) {
            List<Future<Api.Response>> answers = pool.invokeAll(calls);
            java.util.ArrayList<Integer> statuses = new java.util.ArrayList<>();
            for (Future<Api.Response> answer : answers) {
                statuses.add(answer.get().status());
            }
            return statuses;
        }
    }

    @Test
    void integratesEntriesOfSimultaneousChangesWithoutGaps() throws Exception {
        Api admin = admin();
        long before = count("select max(id) from audit_entry");

        List<Integer> statuses = statuses(IntStream.range(0, 8).<Callable<Api.Response>>mapToObj(i -> () ->
                admin.post("/participants", Map.of("name", unique("State"), "kind", "STATE"))).toList());

        assertThat(statuses).containsOnly(201);
        assertThat(count("select count(*) from audit_entry where id > ? and action = 'roster.participant.registered'",
                before)).isEqualTo(8);
        await().atMost(Duration.ofSeconds(20)).until(() ->
                count("select count(*) from audit_entry where id > ? and idx is null", before) == 0);
        assertThat(count("select count(*) from audit_entry where idx is not null"))
                .isEqualTo(count("select max(idx) + 1 from audit_entry"));
        assertThat(admin.get("/audit/verify").json().path("valid").asBoolean()).isTrue();
    }

    @Test
    void letsOneOfSimultaneousDuplicatesWinAndAnswersTheOthers409() throws Exception {
        Api admin = admin();
        String name = unique("Niue");
        String code = "T-" + unique("X").substring(2, 8).toUpperCase();

        List<Integer> participants = statuses(IntStream.range(0, 4).<Callable<Api.Response>>mapToObj(i -> () ->
                admin.post("/participants", Map.of("name", name, "kind", "STATE"))).toList());
        List<Integer> treaties = statuses(IntStream.range(0, 4).<Callable<Api.Response>>mapToObj(i -> () ->
                admin.post("/treaties", Map.of("code", code, "title", "Convention"))).toList());

        assertThat(participants).containsOnlyOnce(201).containsOnly(201, 409);
        assertThat(treaties).containsOnlyOnce(201).containsOnly(201, 409);
        assertThat(count("select count(*) from participant where name = ?", name)).isOne();
        assertThat(count("select count(*) from audit_entry where action = 'roster.treaty.created' and object_id = ?",
                code)).isOne();
    }
}
