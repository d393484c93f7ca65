package org.plenary.silence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.plenary.support.ApiAssertions.assertProblem;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plenary.PlenaryTest;
import org.plenary.support.Api;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/** A silence procedure is written version after version: a stale change is refused and writes nothing. */
class SilenceVersionsTest extends PlenaryTest {

    @Autowired
    private ProcedureRepository procedures;

    @Autowired
    private TransactionTemplate transaction;

    private SilenceWorld world;
    private String id;

    @BeforeEach
    void world() {
        world = SilenceWorld.create(admin(), "PT1H");
        id = world.presidency().api().post(world.path(), world.proposal(Instant.now().plus(Duration.ofHours(2))))
                .json().get("id").asString();
    }

    @AfterEach
    void nothingLeftOpen() {
        world.withdrawOpen();
    }

    @Test
    void anEditMadeToAVersionChangedSinceAnswers409AndWritesNothing() {
        Api presidency = world.presidency().api();
        assertThat(presidency.get(world.path(id)).json().get("version").asLong()).isZero();
        Api.Response first = presidency.put(world.path(id), edit("Date of the meeting (first edit)", 0));
        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(first.json().get("version").asLong()).isEqualTo(1);

        assertProblem(presidency.put(world.path(id), edit("Date of the meeting (stale edit)", 0)), 409);
        JsonNode kept = presidency.get(world.path(id)).json();
        assertThat(kept.get("version").asLong()).isEqualTo(1);
        assertThat(kept.get("subject").asString()).isEqualTo("Date of the meeting (first edit)");
        assertThat(count("select count(*) from audit_entry where object_id = ? and action = 'silence.procedure.edited'",
                id)).isEqualTo(1);

        Api.Response current = presidency.put(world.path(id), edit("Date of the meeting (second edit)", 1));
        assertThat(current.status()).as(current.toString()).isEqualTo(200);
        assertThat(current.json().get("version").asLong()).isEqualTo(2);
        Api.Response unversioned = presidency.put(world.path(id), world.proposal(Instant.now().plus(Duration.ofHours(2))));
        assertThat(unversioned.json().get("version").asLong()).as(unversioned.toString()).isEqualTo(3);
    }

    @Test
    void aStaleWriteAtTheRepositoryFailsAndTheNewerVersionStays() {
        SilenceProcedure read = procedures.find(SilenceProcedureId.parse(id)).orElseThrow();
        transaction.executeWithoutResult(t -> procedures.save(read.revise(content(read, "Stored first"))));
        assertThatThrownBy(() -> transaction.executeWithoutResult(t -> procedures.save(read.revise(
                content(read, "Stale"))))).isInstanceOf(OptimisticLockingFailureException.class);

        SilenceProcedure stored = procedures.find(read.id()).orElseThrow();
        assertThat(stored.version()).isEqualTo(read.version() + 1);
        assertThat(stored.subject()).isEqualTo("Stored first");
    }

    private Map<String, Object> edit(String subject, long version) {
        Map<String, Object> body = new HashMap<>(world.proposal(Instant.now().plus(Duration.ofHours(2))));
        body.put("subject", subject);
        body.put("version", version);
        return body;
    }

    private static SilenceProcedure.Content content(SilenceProcedure p, String subject) {
        SilenceProcedure.Content c = p.content();
        return new SilenceProcedure.Content(subject, c.proposal(), c.deadline(), c.amendmentsBreakSilence(),
                c.effect(), c.documents(), c.revises(), c.announcedWith());
    }
}
