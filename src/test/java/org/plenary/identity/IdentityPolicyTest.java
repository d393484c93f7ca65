package org.plenary.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.plenary.shared.Actor;
import org.plenary.shared.Verdict;

class IdentityPolicyTest {

    @Test
    void letsAnAdministratorManageAccounts() {
        assertThat(IdentityPolicy.mayManageAccounts(new Actor(UUID.randomUUID(), "admin", "Admin", null, true))
                .allowed()).isTrue();
    }

    @Test
    void refusesAccountManagementToOthersWithAReason() {
        Verdict officer = IdentityPolicy.mayManageAccounts(new Actor(UUID.randomUUID(), "pres", "President", null, false));
        Verdict delegate = IdentityPolicy.mayManageAccounts(
                new Actor(UUID.randomUUID(), "che", "Delegate", UUID.randomUUID(), false));

        assertThat(officer).isEqualTo(Verdict.refused("Only administrators may manage accounts"));
        assertThat(delegate.allowed()).isFalse();
    }
}
