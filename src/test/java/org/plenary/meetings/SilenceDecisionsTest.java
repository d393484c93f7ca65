package org.plenary.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.plenary.processes.ProcessId;
import org.plenary.shared.MeetingId;
import org.plenary.silence.Effect;
import org.plenary.silence.EffectApplied;
import org.plenary.silence.ProcedureAdopted;
import org.plenary.silence.SilenceProcedureId;
import org.plenary.support.Api;
import org.plenary.support.Fixtures;
import org.plenary.support.ModuleTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import tools.jackson.databind.JsonNode;

/**
 * Meetings reacts to an adopted silence procedure that moves one of its meetings: by its own rules, once, and
 * answers silence with what became of the move.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, webEnvironment = WebEnvironment.RANDOM_PORT)
class SilenceDecisionsTest extends ModuleTest {

    @Test
    void anAdoptedProcedureMovesItsMeetingOnceEvenWhenDeliveredTwice(Scenario scenario) {
        World world = world();
        Api officer = world.officer();
        String process = world.process();
        String meeting = world.meeting();
        ProcedureAdopted adopted = adopted(process, meeting);

        scenario.publish(adopted).andWaitForEventOfType(EffectApplied.class)
                .matching(e -> e.procedure().equals(adopted.procedure()))
                .toArriveAndVerify(e -> assertThat(e.result()).isEqualTo("The meeting \"First Preparatory Meeting\" "
                        + "is moved to 29 June 2020, 10:00 Europe/Zurich (08:00 UTC) – 29 June 2020, 13:00 "
                        + "Europe/Zurich (11:00 UTC)"));
        scenario.publish(adopted).andWaitForStateChange(() -> delivered(adopted), n -> n == 2)
                .andVerify(n -> {
                    JsonNode moved = officer.get("/processes/" + process + "/meetings/" + meeting).json();
                    assertThat(moved.get("start").asString()).isEqualTo("2020-06-29T10:00:00+02:00");
                    assertThat(moved.get("dateHistory").size()).as("moved once").isOne();
                    assertThat(moved.get("dateHistory").get(0).get("decision").asString())
                            .isEqualTo(adopted.decision());
                });
    }

    @Test
    void aCancelledMeetingStaysCancelledAndSilenceIsToldWhy(Scenario scenario) {
        World world = world();
        Api officer = world.officer();
        String process = world.process();
        String meeting = world.meeting();
        assertThat(officer.post("/processes/" + process + "/meetings/" + meeting + "/cancel", null).status())
                .isEqualTo(200);
        ProcedureAdopted adopted = adopted(process, meeting);

        scenario.publish(adopted).andWaitForEventOfType(EffectApplied.class)
                .matching(e -> e.procedure().equals(adopted.procedure()))
                .toArriveAndVerify(e -> {
                    assertThat(e.result()).isEqualTo("The meeting \"First Preparatory Meeting\" could not be moved: "
                            + "it is CANCELLED");
                    assertThat(officer.get("/processes/" + process + "/meetings/" + meeting).json()
                            .get("dateHistory").size()).isZero();
                });
    }

    /** How many deliveries of this adoption meetings completed. */
    private long delivered(ProcedureAdopted adopted) {
        return jdbc.sql("""
                select count(*) from event_publication
                 where listener_id like '%SilenceDecisions%' and completion_date is not null
                   and serialized_event like ?
                """).param("%" + adopted.procedure() + "%").query(Long.class).single();
    }

    /** A process (in Europe/Zurich), its Presidency, and a meeting on 8 June 2020. */
    private record World(Api officer, String process, String meeting) {
    }

    private World world() {
        Api admin = admin();
        String process = Fixtures.aProcess(admin);
        Api officer = Fixtures.anOfficer(admin, process, "PRESIDENCY").api();
        String meeting = officer.post("/processes/" + process + "/meetings", Map.of("title", "First Preparatory Meeting",
                "kind", "PREPARATORY_MEETING", "format", "IN_PERSON", "start", "2020-06-08T10:00:00+02:00",
                "end", "2020-06-08T13:00:00+02:00")).json().get("id").asString();
        return new World(officer, process, meeting);
    }

    private static ProcedureAdopted adopted(String process, String meeting) {
        return new ProcedureAdopted(new SilenceProcedureId(UUID.randomUUID()), new ProcessId(UUID.fromString(process)),
                "SP.7", "Date of the First Preparatory Meeting", Instant.parse("2020-06-12T16:00:00Z"),
                new Effect(Effect.Type.RESCHEDULE_MEETING, MeetingId.parse(meeting),
                        Instant.parse("2020-06-29T08:00:00Z"), Instant.parse("2020-06-29T11:00:00Z")));
    }
}
