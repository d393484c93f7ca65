package org.plenary.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.plenary.shared.Actor;
import org.plenary.shared.Verdict;

class RosterPolicyTest {

    static final Actor ADMIN = new Actor(UUID.randomUUID(), "admin", "Administrator", null, true);
    static final Actor OFFICER = new Actor(UUID.randomUUID(), "secretariat", "Secretariat", null, false);
    static final Actor DELEGATE = new Actor(UUID.randomUUID(), "che", "Swiss delegate", UUID.randomUUID(), false);

    @Test
    void allowsAnAdministratorToChangeTheRoster() {
        assertThat(RosterPolicy.mayChange(ADMIN).allowed()).isTrue();
    }

    @Test
    void refusesRosterChangesFromOfficersAndDelegatesWithAReason() {
        assertThat(RosterPolicy.mayChange(OFFICER))
                .isEqualTo(Verdict.refused("Only administrators may change the roster"));
        assertThat(RosterPolicy.mayChange(DELEGATE).allowed()).isFalse();
    }
}
