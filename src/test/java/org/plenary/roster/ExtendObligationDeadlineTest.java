package org.plenary.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.plenary.support.ModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;

/**
 * The roster reacts to a decision that extends a State's obligation deadline: it extends it, keeping the earlier
 * deadline in its history with the decision, once however often the decision is delivered, and answers what it
 * did. The decision is published by the test, as silence would publish it; the State and treaty are rows.
 * Processes (and what it needs) starts too: it implements what audit asks of the module that knows processes.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES,
        extraIncludes = {"processes", "identity", "notifications"})
class ExtendObligationDeadlineTest extends ModuleTest {

    @Test
    void aDecidedExtensionExtendsTheDeadlineOnceEvenWhenDeliveredTwice(Scenario scenario) {
        ParticipantId state = aStateWithADeadline("Narnia", "NARNIA-T", LocalDate.of(2021, 3, 1));
        DeadlineExtensionDecided decided = new DeadlineExtensionDecided("NARNIA-T", state, "Article 4",
                LocalDate.of(2026, 3, 1), UUID.randomUUID(), "CCM/CONF/2020/DEC.2", Instant.now());

        scenario.publish(decided).andWaitForEventOfType(ObligationDeadlineExtended.class)
                .matching(e -> e.decision().equals(decided.decision()))
                .toArriveAndVerify(e -> {
                    assertThat(e.result()).isEqualTo("The Article 4 deadline of Narnia is extended from 1 March 2021"
                            + " to 1 March 2026");
                    assertThat(deadline(state)).isEqualTo(LocalDate.of(2026, 3, 1));
                });
        scenario.publish(decided).andWaitForStateChange(() -> delivered(decided), n -> n == 2)
                .andVerify(n -> {
                    assertThat(deadline(state)).isEqualTo(LocalDate.of(2026, 3, 1));
                    assertThat(jdbc.sql("select count(*) from obligation_deadline_change where decision = ?")
                            .param(decided.decision()).query(Long.class).single()).as("extended once").isOne();
                });
    }

    @Test
    void aStateNotInTheRosterIsNotExtendedAndTheDecisionIsToldWhy(Scenario scenario) {
        DeadlineExtensionDecided decided = new DeadlineExtensionDecided("NARNIA-U",
                new ParticipantId(UUID.randomUUID()), "Article 5", LocalDate.of(2026, 3, 1), UUID.randomUUID(),
                "CCM/CONF/2020/DEC.3", Instant.now());

        scenario.publish(decided).andWaitForEventOfType(ObligationDeadlineExtended.class)
                .matching(e -> e.decision().equals(decided.decision()))
                .toArriveAndVerify(e -> assertThat(e.result())
                        .isEqualTo("The Article 5 deadline could not be extended: the State is not in the roster"));
    }

    private ParticipantId aStateWithADeadline(String name, String treaty, LocalDate deadline) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into participant (id, name, kind, created_at, version) values (?, ?, 'STATE', now(), 0)")
                .params(id, name).update();
        jdbc.sql("insert into treaty (code, title, created_at) values (?, ?, now())").params(treaty, treaty).update();
        jdbc.sql("insert into obligation_deadline (participant, treaty, article, deadline) values (?, ?, ?, ?)")
                .params(id, treaty, "Article 4", deadline).update();
        return new ParticipantId(id);
    }

    private LocalDate deadline(ParticipantId state) {
        return jdbc.sql("select deadline from obligation_deadline where participant = ?").param(state.value())
                .query(LocalDate.class).single();
    }

    /** How many deliveries of this decision the roster completed. */
    private long delivered(DeadlineExtensionDecided decided) {
        return jdbc.sql("""
                select count(*) from event_publication
                 where listener_id like '%ExtendObligationDeadline%' and completion_date is not null
                   and serialized_event like ?
                """).param("%" + decided.decision() + "%").query(Long.class).single();
    }
}
