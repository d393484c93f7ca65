package org.plenary.processes;

import java.util.UUID;

/** The id of a process. */
public record ProcessId(UUID value) {

    @Override
    public String toString() {
        return value.toString();
    }
}
