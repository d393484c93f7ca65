package org.plenary.silence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.plenary.roster.ObligationDeadlineExtended;
import org.plenary.support.ModuleTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import tools.jackson.databind.JsonNode;

/**
 * Silence reacts to the roster's answer about an adopted draft that extended a State's obligation deadline: it
 * records the result on the draft, once however often the answer is delivered; an answer about a draft that is not
 * adopted records nothing.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, webEnvironment = WebEnvironment.RANDOM_PORT)
class DraftEffectResultsTest extends ModuleTest {

    private static final String EXTENDED = "The Article 4 deadline of Narnia is extended from 1 March 2021 to 1 March"
            + " 2026";

    @MockitoBean
    MeetingsToMove meetings;

    @MockitoBean
    LettersToAnnounce letters;

    @Test
    void theResultIsRecordedOnTheDraftOnceEvenWhenAnsweredTwice(Scenario scenario) {
        AdoptedProcedures world = AdoptedProcedures.in(admin(), jdbc);
        SilenceProcedureId procedure = world.adopted();
        UUID draft = world.draftOf(procedure);

        scenario.publish(new ObligationDeadlineExtended(draft, EXTENDED))
                .andWaitForStateChange(() -> effects(draft), n -> n == 1)
                .andVerify(n -> assertThat(shownDraft(world, procedure).get("effectResult").asString())
                        .isEqualTo(EXTENDED));
        scenario.publish(new ObligationDeadlineExtended(draft, "Something else"))
                .andWaitForStateChange(() -> world.delivered("DraftEffectResults", draft), n -> n == 2)
                .andVerify(n -> {
                    assertThat(effects(draft)).as("recorded once").isOne();
                    assertThat(shownDraft(world, procedure).get("effectResult").asString()).isEqualTo(EXTENDED);
                    assertThat(world.audited("silence.draft.effect", procedure)).isOne();
                });
    }

    @Test
    void anAnswerAboutADraftNotAdoptedRecordsNothing(Scenario scenario) {
        AdoptedProcedures world = AdoptedProcedures.in(admin(), jdbc);
        SilenceProcedureId procedure = world.drafted();
        UUID draft = world.draftOf(procedure);

        scenario.publish(new ObligationDeadlineExtended(draft, EXTENDED))
                .andWaitForStateChange(() -> world.delivered("DraftEffectResults", draft), n -> n == 1)
                .andVerify(n -> {
                    assertThat(effects(draft)).isZero();
                    assertThat(world.audited("silence.draft.effect", procedure)).isZero();
                });
    }

    private long effects(UUID draft) {
        return jdbc.sql("select count(*) from silence_draft_effect where draft = ?").param(draft)
                .query(Long.class).single();
    }

    private static JsonNode shownDraft(AdoptedProcedures world, SilenceProcedureId procedure) {
        return world.shown(procedure).get("drafts").get(0);
    }
}
