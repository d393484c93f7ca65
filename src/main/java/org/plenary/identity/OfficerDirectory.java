package org.plenary.identity;

import java.util.UUID;
import org.springframework.modulith.NamedInterface;

/**
 * What identity needs to know about officers, answered by the processes module (which knows who serves which
 * process): whether an account is an officer, and whether it may invite the delegates of a participant.
 */
@NamedInterface("api")
public interface OfficerDirectory {

    boolean isOfficer(UUID account);

    /** Whether {@code participant} takes part in a process that {@code account} serves as an officer. */
    boolean servesProcessOf(UUID account, UUID participant);
}
