package org.plenary.correspondence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.plenary.processes.ProcessId;
import org.plenary.silence.OutcomeLetterWritten;
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
 * Correspondence reacts to the outcome letter of a concluded silence procedure: a draft to all addressee groups
 * under the id the procedure names, once however often it is delivered.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, webEnvironment = WebEnvironment.RANDOM_PORT)
class OutcomeLettersTest extends ModuleTest {

    @Test
    void theOutcomeLetterIsDraftedOnceUnderTheIdTheProcedureNames(Scenario scenario) {
        Api admin = admin();
        String process = Fixtures.aProcess(admin);
        Api officer = Fixtures.anOfficer(admin, process, "PRESIDENCY").api();
        OutcomeLetterWritten outcome = new OutcomeLetterWritten(new SilenceProcedureId(UUID.randomUUID()),
                new ProcessId(UUID.fromString(process)), UUID.randomUUID(), "CCM/SP.3/Outcome",
                LocalDate.of(2020, 6, 12), "Adopted: Date of the meeting", "No objection was received.", List.of(),
                null);

        scenario.publish(outcome).andWaitForStateChange(() -> letters(outcome), n -> n == 1).andVerify(n -> {
            JsonNode letter = officer.get("/processes/" + process + "/letters/" + outcome.letter()).json();
            assertThat(letter.get("status").asString()).isEqualTo("DRAFT");
            assertThat(letter.get("reference").asString()).isEqualTo("CCM/SP.3/Outcome");
            assertThat(letter.get("body").asString()).isEqualTo("No objection was received.");
            assertThat(letter.get("addressees").size()).as("all addressee groups").isEqualTo(4);
        });
        scenario.publish(outcome).andWaitForStateChange(() -> delivered(outcome), n -> n == 2)
                .andVerify(n -> assertThat(letters(outcome)).as("delivered twice, drafted once").isOne());
    }

    private long letters(OutcomeLetterWritten outcome) {
        return jdbc.sql("select count(*) from letter where process = ? and reference like 'CCM/SP.3/Outcome%'")
                .param(outcome.process().value()).query(Long.class).single();
    }

    /** How many deliveries of this letter correspondence completed. */
    private long delivered(OutcomeLetterWritten outcome) {
        return jdbc.sql("""
                select count(*) from event_publication
                 where listener_id like '%OutcomeLetters%' and completion_date is not null
                   and serialized_event like ?
                """).param("%" + outcome.letter() + "%").query(Long.class).single();
    }
}
