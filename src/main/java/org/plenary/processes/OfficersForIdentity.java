package org.plenary.processes;

import org.plenary.identity.AccountId;
import org.plenary.identity.OfficerDirectory;
import org.plenary.roster.ParticipantId;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Tells identity who is an officer, and whose delegates an officer may invite: those of their processes' participants. */
@Component
@Transactional(readOnly = true)
class OfficersForIdentity implements OfficerDirectory {

    private final ProcessRepository processes;
    private final Processes reads;

    OfficersForIdentity(ProcessRepository processes, Processes reads) {
        this.processes = processes;
        this.reads = reads;
    }

    @Override
    public boolean isOfficer(AccountId account) {
        return !processes.servedBy(account.value()).isEmpty();
    }

    @Override
    public boolean servesProcessOf(AccountId account, ParticipantId participant) {
        return processes.servedBy(account.value()).stream()
                .anyMatch(p -> reads.participants(p, reads.today(p)).stream()
                        .anyMatch(s -> s.id().equals(participant)));
    }
}
