package org.plenary.silence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.plenary.support.ModuleTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * Silence reacts to the answer of the module that applied an adopted procedure's effect: it records the result on
 * the procedure and writes the outcome letter that says so, once however often the answer is delivered; an answer
 * about a procedure that awaits no effect changes nothing. Meetings and correspondence, which silence asks through
 * its own interfaces, do not start.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, webEnvironment = WebEnvironment.RANDOM_PORT)
class EffectResultsTest extends ModuleTest {

    private static final String MOVED = "The meeting \"First Preparatory Meeting\" is moved to 29 June 2020";

    @MockitoBean
    MeetingsToMove meetings;

    @MockitoBean
    LettersToAnnounce letters;

    @Test
    void theResultIsRecordedAndLetteredOnceEvenWhenAnsweredTwice(Scenario scenario) {
        AdoptedProcedures world = AdoptedProcedures.in(admin(), jdbc);
        SilenceProcedureId procedure = world.adopted();

        scenario.publish(new EffectApplied(procedure, MOVED)).andWaitForEventOfType(OutcomeLetterWritten.class)
                .matching(letter -> letter.procedure().equals(procedure))
                .toArriveAndVerify(letter -> {
                    assertThat(letter.body()).contains("the decision is adopted").endsWith(MOVED + ".");
                    assertThat(world.shown(procedure).get("effectResult").asString()).isEqualTo(MOVED);
                });
        scenario.publish(new EffectApplied(procedure, "Something else"))
                .andWaitForStateChange(() -> world.delivered("EffectResults", procedure.value()), n -> n == 2)
                .andVerify(n -> {
                    assertThat(world.shown(procedure).get("effectResult").asString()).as("recorded once")
                            .isEqualTo(MOVED);
                    assertThat(world.audited("silence.procedure.effect", procedure)).isOne();
                });
    }

    @Test
    void anAnswerAboutAProcedureThatAwaitsNoEffectChangesNothing(Scenario scenario) {
        AdoptedProcedures world = AdoptedProcedures.in(admin(), jdbc);
        SilenceProcedureId procedure = world.drafted();

        scenario.publish(new EffectApplied(procedure, MOVED))
                .andWaitForStateChange(() -> world.delivered("EffectResults", procedure.value()), n -> n == 1)
                .andVerify(n -> {
                    assertThat(world.shown(procedure).get("status").asString()).isEqualTo("DRAFT");
                    assertThat(world.shown(procedure).get("effectResult").isNull()).isTrue();
                    assertThat(world.audited("silence.procedure.effect", procedure)).isZero();
                });
    }
}
