package org.plenary.processes;

/** The offices that run a process. */
public enum OfficerRole {
    PRESIDENCY, SECRETARIAT
}
