package org.plenary.processes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.plenary.shared.Actor;
import org.plenary.shared.Verdict;

class ProcessPolicyTest {

    static final Actor ADMIN = new Actor(UUID.randomUUID(), "admin", "Administrator", null, true);
    static final Actor STAFF = new Actor(UUID.randomUUID(), "isu", "ISU officer", null, false);
    static final Actor DELEGATE = new Actor(UUID.randomUUID(), "che", "Swiss delegate", UUID.randomUUID(), false);

    @Test
    void onlyAnAdministratorCreatesProcesses() {
        assertThat(ProcessPolicy.mayCreate(ADMIN).allowed()).isTrue();
        assertThat(ProcessPolicy.mayCreate(STAFF)).isEqualTo(Verdict.refused("Only administrators may create processes"));
        assertThat(ProcessPolicy.mayCreate(DELEGATE).allowed()).isFalse();
    }

    @Test
    void onlyAnAdministratorAppointsOfficers() {
        assertThat(ProcessPolicy.mayAppointOfficers(ADMIN).allowed()).isTrue();
        assertThat(ProcessPolicy.mayAppointOfficers(STAFF))
                .isEqualTo(Verdict.refused("Only administrators may appoint officers"));
    }

    @Test
    void letsThePresidencyAndSecretariatReadTheAudit() {
        assertThat(ProcessPolicy.mayReadAudit(STAFF, Optional.of(OfficerRole.PRESIDENCY)).allowed()).isTrue();
        assertThat(ProcessPolicy.mayReadAudit(STAFF, Optional.of(OfficerRole.SECRETARIAT)).allowed()).isTrue();
    }

    @Test
    void letsAnAdministratorReadTheAuditWithoutAnOffice() {
        assertThat(ProcessPolicy.mayReadAudit(ADMIN, Optional.empty()).allowed()).isTrue();
    }

    @Test
    void refusesTheAuditToADelegateOrAnAccountWithoutOffice() {
        assertThat(ProcessPolicy.mayReadAudit(DELEGATE, Optional.empty()))
                .isEqualTo(Verdict.refused("Only the officers of the process may read its audit log"));
        assertThat(ProcessPolicy.mayReadAudit(STAFF, Optional.empty()).allowed()).isFalse();
    }
}
