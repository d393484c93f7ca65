package org.plenary.silence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.plenary.PlenaryTest;
import org.plenary.support.Api;
import org.plenary.support.Fixtures;
import org.plenary.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Answers and the deadline racing each other: an objection either counts (and the procedure is broken) or is
 * refused as late, never both; many simultaneous answers are all recorded, none twice, retries included.
 */
class SilenceConcurrencyTest extends PlenaryTest {

    @Autowired
    TestClock clock;

    @Autowired
    ConcludeProcedure conclude;

    private SilenceWorld opened;

    @AfterEach
    void realTimeAndNothingLeftOpen() {
        clock.reset();
        if (opened != null) {
            opened.withdrawOpen();
        }
    }

    @Test
    void anObjectionRacingTheDeadlineEitherBreaksSilenceOrIsRefusedNeverBoth() throws Exception {
        SilenceWorld world = SilenceWorld.create(admin(), "PT1M");
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            for (int round = 0; round < 12; round++) {
                Instant deadline = Instant.now().plus(Duration.ofMinutes(2)).truncatedTo(ChronoUnit.MILLIS);
                String id = world.circulated(world.proposal(deadline));
                clock.setTo(deadline.minusMillis(2));
                Future<Integer> objection = threads.submit(() -> world.delegateA().api().post(world.path(id)
                        + "/objections", Map.of("reason", "Racing the deadline")).status());
                Future<ConcludeProcedure.Result> conclusion = threads.submit(() -> {
                    clock.setTo(deadline);
                    return conclude.atDeadline(SilenceProcedureId.parse(id));
                });
                int status = objection.get();
                conclusion.get();
                conclude.atDeadline(SilenceProcedureId.parse(id));
                String outcome = jdbc.sql("select status from silence_procedure where id = ?::uuid").param(id)
                        .query(String.class).single();
                long objections = count("select count(*) from silence_response where procedure = ?::uuid", id);
                if (status == 201) {
                    assertThat(outcome).as("round %d", round).isEqualTo("BROKEN");
                    assertThat(objections).isEqualTo(1);
                } else {
                    assertThat(status).as("round %d", round).isEqualTo(409);
                    assertThat(outcome).isEqualTo("ADOPTED");
                    assertThat(objections).isZero();
                }
                clock.reset();
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void manySimultaneousAnswersAreAllRecordedOnceAndRetriesAreAnsweredWithTheFirstResult() throws Exception {
        SilenceWorld world = SilenceWorld.create(admin(), "PT1M");
        String id = world.circulated(world.proposal(Instant.now().plus(Duration.ofMinutes(5))));
        opened = world;
        List<Api> delegates = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            delegates.add(Fixtures.aDelegate(world.admin(), Fixtures.anOrganisation(world.admin())).api());
        }
        List<Callable<String>> calls = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            Api keyed = delegates.get(i % 10).withHeader("Idempotency-Key", "comment-" + (i % 100));
            String kind = i % 3 == 0 ? "/amendments" : "/comments";
            calls.add(() -> {
                Api.Response response = keyed.post(world.path(id) + kind, Map.of("text", "Text", "reason", "Why"));
                return response.status() + " " + (response.status() == 201 ? response.json().get("id").asString() : "");
            });
        }
        ExecutorService threads = Executors.newFixedThreadPool(50);
        List<String> answers = new ArrayList<>();
        try {
            for (Future<String> answer : threads.invokeAll(calls)) {
                answers.add(answer.get());
            }
        } finally {
            threads.shutdownNow();
        }
        long recorded = count("select count(*) from silence_response where procedure = ?::uuid", id);
        assertThat(answers).allMatch(a -> a.startsWith("201 ") || a.startsWith("409 "));
        assertThat(recorded).as("one answer per delegate and key").isEqualTo(100);
        assertThat(answers.stream().filter(a -> a.startsWith("201 ")).map(a -> a.substring(4)).distinct().count())
                .isEqualTo(100);
        assertThat(count("select count(*) from audit_entry where action in ('silence.comment.received', "
                + "'silence.amendment.received') and object_id in (select id::text from silence_response "
                + "where procedure = ?::uuid)", id)).isEqualTo(100);
    }
}
