package org.plenary.processes;

import java.util.UUID;
import org.plenary.identity.OfficerDirectory;
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
    public boolean isOfficer(UUID account) {
        return !processes.servedBy(account).isEmpty();
    }

    @Override
    public boolean servesProcessOf(UUID account, UUID participant) {
        return processes.servedBy(account).stream()
                .anyMatch(p -> reads.participants(p, reads.today(p)).stream()
                        .anyMatch(s -> s.id().value().equals(participant)));
    }
}
