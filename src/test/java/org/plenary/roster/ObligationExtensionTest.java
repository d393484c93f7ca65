package org.plenary.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.plenary.support.ModuleTests;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The roster reacts to a decision extending a State's obligation deadline by itself: it extends the deadline,
 * keeps the earlier one and the decision in the history, audits it, and extends once when the decision is
 * delivered twice.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
class ObligationExtensionTest {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        ModuleTests.properties(registry);
    }

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Roster roster;

    @Test
    void aDecisionDeliveredTwiceExtendsTheDeadlineOnce(Scenario scenario) {
        ParticipantId state = new ParticipantId(UUID.randomUUID());
        jdbc.sql("""
                insert into participant (id, name, kind, created_at, version) values (?, ?, 'STATE', now(), 0)
                """)
                .params(state.value(), "State " + state.value()).update();
        jdbc.sql("insert into treaty (code, title, created_at) values ('OBL', 'A treaty', now())"
                + " on conflict do nothing")
                .update();
        DeadlineExtensionDecided decided = new DeadlineExtensionDecided("OBL", state, "Article 4",
                LocalDate.of(2023, 3, 1), UUID.randomUUID(), "CCM/CONF/2021/DEC.2",
                Instant.parse("2021-02-05T17:00:00Z"));

        scenario.publish(decided).andWaitForStateChange(() -> roster.obligations(state), o -> !o.isEmpty())
                .andVerify(o -> assertThat(o.getFirst().deadline()).isEqualTo(LocalDate.of(2023, 3, 1)));
        scenario.publish(decided).andWaitForStateChange(() -> delivered(decided), n -> n == 2).andVerify(n -> {
            ObligationDeadline extended = roster.obligations(state).getFirst();
            assertThat(extended.history()).as("extended once").hasSize(1);
            assertThat(extended.history().getFirst().previous()).as("no deadline recorded before").isNull();
            assertThat(extended.history().getFirst().decidedBy()).isEqualTo("CCM/CONF/2021/DEC.2");
            assertThat(jdbc.sql("select count(*) from audit_entry where object_id = ? and action = ?")
                    .params(state.toString(), "roster.obligation.extended").query(Long.class).single()).isOne();
        });
    }

    private long delivered(DeadlineExtensionDecided decided) {
        return jdbc.sql("""
                select count(*) from event_publication
                 where listener_id like '%ExtendObligationDeadline%' and completion_date is not null
                   and serialized_event like ?
                """).param("%" + decided.decision() + "%").query(Long.class).single();
    }
}
