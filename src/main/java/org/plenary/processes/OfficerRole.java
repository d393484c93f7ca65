package org.plenary.processes;

import org.springframework.modulith.NamedInterface;

/** The offices that run a process. */
@NamedInterface("api")
public enum OfficerRole {
    PRESIDENCY, SECRETARIAT
}
