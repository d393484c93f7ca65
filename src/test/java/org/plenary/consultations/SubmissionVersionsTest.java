package org.plenary.consultations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.plenary.consultations.ConsultationWorld.amend;
import static org.plenary.consultations.ConsultationWorld.position;
import static org.plenary.support.ApiAssertions.assertProblem;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plenary.PlenaryTest;
import org.plenary.support.Api;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/** A submission is written version after version: a stale change is refused, and is never stored over a newer one. */
class SubmissionVersionsTest extends PlenaryTest {

    @Autowired
    private SubmissionRepository submissions;

    @Autowired
    private TransactionTemplate transaction;

    private ConsultationWorld world;

    @BeforeEach
    void world() {
        world = new ConsultationWorld(admin());
    }

    @Test
    void viewsChangedSinceTheVersionAClientEditedAreNotOverwritten() {
        String mine = world.anOpenConsultation() + "/submissions/mine";
        Api delegate = world.delegateA.api();
        Api.Response first = delegate.put(mine, Map.of("positions", List.of(position("1", "RETAIN")), "version", 0));
        assertThat(first.json().get("version").asInt()).as(first.toString()).isEqualTo(1);
        Api.Response colleague = delegate.put(mine, Map.of("positions", List.of(position("1", "DELETE")),
                "version", 1));
        assertThat(colleague.json().get("version").asInt()).as(colleague.toString()).isEqualTo(2);

        assertProblem(unchanged(() -> delegate.put(mine, Map.of("positions",
                List.of(amend("2", "Destroy stockpiles within six years.")), "version", 1))), 409);
        assertProblem(unchanged(() -> delegate.put(mine, Map.of("positions",
                List.of(position("2", "RETAIN")), "version", 0))), 409);
        JsonNode kept = delegate.get(mine).json();
        assertThat(kept.get("version").asInt()).isEqualTo(2);
        assertThat(kept.get("positions").get(0).get("stance").asString()).isEqualTo("DELETE");

        Api.Response current = delegate.put(mine, Map.of("positions", List.of(position("2", "RETAIN")), "version", 2));
        assertThat(current.json().get("version").asInt()).as(current.toString()).isEqualTo(3);
    }

    @Test
    void aStaleWriteFailsAndAPositionOnTheSameElementKeepsItsIdentity() {
        String path = world.anOpenConsultation();
        ConsultationId consultation = ConsultationId.parse(path.substring(path.lastIndexOf('/') + 1));
        UUID participant = UUID.fromString(world.delegateA.api().put(path + "/submissions/mine", Map.of(
                "positions", List.of(position("1", "RETAIN")), "missing", List.of(Map.of("text", "Assist victims."))))
                .json().get("participantId").asString());
        Submission read = submissions.of(consultation, participant).orElseThrow();
        Submission.Views views = new Submission.Views(null, List.of(new Submission.Position(UUID.randomUUID(), "1",
                Stance.DELETE, null, null)), List.of(new Submission.Missing(UUID.randomUUID(), "Help survivors.",
                null)), List.of());

        transaction.executeWithoutResult(t -> submissions.save(consultation, read.replacedBy(views, Instant.now(),
                "first")));
        assertThatThrownBy(() -> transaction.executeWithoutResult(t -> submissions.save(consultation,
                read.replacedBy(views, Instant.now(), "stale")))).isInstanceOf(OptimisticLockingFailureException.class);

        Submission stored = submissions.of(consultation, participant).orElseThrow();
        assertThat(stored.version()).isEqualTo(2);
        assertThat(stored.submittedBy()).isEqualTo("first");
        assertThat(stored.positions()).singleElement().satisfies(p -> {
            assertThat(p.id()).isEqualTo(read.positions().getFirst().id());
            assertThat(p.stance()).isEqualTo(Stance.DELETE);
        });
        assertThat(stored.missing()).singleElement().satisfies(m -> {
            assertThat(m.id()).isEqualTo(read.missing().getFirst().id());
            assertThat(m.text()).isEqualTo("Help survivors.");
        });
    }
}
