package org.plenary.identity;

import org.plenary.roster.ParticipantId;
import org.springframework.modulith.NamedInterface;

/**
 * What identity needs to know about officers, answered by the processes module (which knows who serves which
 * process): whether an account is an officer, and whether it may invite the delegates of a participant.
 */
@NamedInterface("api")
public interface OfficerDirectory {

    boolean isOfficer(AccountId account);

    /** Whether {@code participant} takes part in a process that {@code account} serves as an officer. */
    boolean servesProcessOf(AccountId account, ParticipantId participant);
}
