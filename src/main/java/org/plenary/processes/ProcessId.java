package org.plenary.processes;

import java.util.UUID;
import org.springframework.modulith.NamedInterface;

/** The id of a process. */
@NamedInterface("api")
public record ProcessId(UUID value) {

    @Override
    public String toString() {
        return value.toString();
    }
}
