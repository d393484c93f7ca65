package org.plenary.decisions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.plenary.processes.ProcessId;
import org.plenary.silence.DraftAdopted;
import org.plenary.silence.LettersToAnnounce;
import org.plenary.silence.MeetingsToMove;
import org.plenary.silence.SilenceProcedureId;
import org.plenary.support.Api;
import org.plenary.support.Fixtures;
import org.plenary.support.ModuleTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The register records a draft that silence adopted: with its symbol, title, text in each language, procedure and
 * date, once, however often the adoption is delivered. The adoption is published by the test, not by silence (the
 * procedure it names is a row of its table); silence's beans start, as the register reads through them, with what
 * they ask of meetings and correspondence stood in for.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, webEnvironment = WebEnvironment.RANDOM_PORT)
class RecordDecisionTest extends ModuleTest {

    @MockitoBean
    MeetingsToMove meetings;

    @MockitoBean
    LettersToAnnounce letters;

    @Test
    void anAdoptedDraftIsRecordedOnceEvenWhenDeliveredTwice(Scenario scenario) {
        Api admin = admin();
        String process = Fixtures.aProcess(admin);
        String procedure = procedure(process);
        DraftAdopted adopted = new DraftAdopted(new ProcessId(UUID.fromString(process)),
                new SilenceProcedureId(UUID.fromString(procedure)),
                UUID.randomUUID(), "CCM/MSP/2021/DEC.2", "Request of Peru for an extension of its Article 4 deadline",
                "The Meeting grants the request until 1 March 2023.", "en",
                Map.of("fr", "La Réunion accorde la prolongation jusqu'au 1er mars 2023."),
                Instant.parse("2021-02-12T17:00:00Z"));

        scenario.publish(adopted).andWaitForStateChange(() -> recorded(adopted), n -> n == 1)
                .andVerify(n -> {
                    Map<String, Object> row = jdbc.sql("select symbol, title, text, original_language, procedure, "
                            + "adopted_at, statements_until from decision where draft = ?").param(adopted.draftId())
                            .query().singleRow();
                    assertThat(row).containsEntry("symbol", "CCM/MSP/2021/DEC.2")
                            .containsEntry("text", "The Meeting grants the request until 1 March 2023.")
                            .containsEntry("original_language", "en")
                            .containsEntry("procedure", UUID.fromString(procedure));
                    assertThat(((java.sql.Timestamp) row.get("statements_until")).toInstant())
                            .isEqualTo(Instant.parse("2021-03-14T17:00:00Z"));
                    assertThat(jdbc.sql("select v.language || ':' || v.text from decision_version v join decision d "
                            + "on d.id = v.decision where d.draft = ?").param(adopted.draftId()).query(String.class)
                            .list()).containsExactly("fr:La Réunion accorde la prolongation jusqu'au 1er mars 2023.");
                });
        scenario.publish(adopted).andWaitForStateChange(() -> delivered(adopted), n -> n == 2)
                .andVerify(n -> {
                    assertThat(recorded(adopted)).as("recorded once").isOne();
                    assertThat(jdbc.sql("select count(*) from audit_entry where action = 'decisions.decision.recorded' "
                            + "and process = ?").param(UUID.fromString(process)).query(Long.class).single())
                            .isOne();
                });
    }

    /** A procedure of the process, as silence stores one (a draft, enough for the register to name it). */
    private String procedure(String process) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into silence_procedure (id, process, number, subject, proposal, deadline_at,
                                               amendments_break_silence, status, created_at, created_by, version,
                                               original_language)
                values (?, ?, 1, 'Extension request of Peru', 'The request is granted.', now() + interval '1 day',
                        false, 'DRAFT', now(), 'test', 0, 'en')
                """).params(id, UUID.fromString(process)).update();
        return id.toString();
    }

    private long recorded(DraftAdopted adopted) {
        return jdbc.sql("select count(*) from decision where draft = ?").param(adopted.draftId())
                .query(Long.class).single();
    }

    /** How many deliveries of this adoption the register completed. */
    private long delivered(DraftAdopted adopted) {
        return jdbc.sql("""
                select count(*) from event_publication
                 where listener_id like '%RecordDecision%' and completion_date is not null
                   and serialized_event like ?
                """).param("%" + adopted.draftId() + "%").query(Long.class).single();
    }
}
