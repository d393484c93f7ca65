package org.plenary.silence;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.plenary.processes.Process;
import org.springframework.modulith.NamedInterface;

/**
 * The letters of a process that may have announced a procedure, as the caller may read them: implemented by the
 * correspondence module.
 */
@NamedInterface("api")
public interface LettersToAnnounce {

    /** A letter as the draft form offers it. */
    @NamedInterface("api")
    record Letter(UUID id, String reference, LocalDate date, String subject) {
    }

    List<Letter> visible(Process process);

    Optional<Letter> find(Process process, UUID letter);
}
