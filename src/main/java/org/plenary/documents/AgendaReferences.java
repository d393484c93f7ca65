package org.plenary.documents;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.plenary.processes.ProcessId;
import org.springframework.modulith.NamedInterface;

/**
 * The meetings of a process and the items of their agendas, against which documents are filed. The module that
 * keeps meetings provides it; documents depend on no such module.
 */
@NamedInterface("api")
public interface AgendaReferences {

    /** A meeting with the labels of its agenda items ({@code 1}, {@code 5 (b)}, …). */
    record MeetingOutline(UUID id, String title, Instant start, ZoneId timeZone, List<String> agendaItems) {
    }

    /** The meetings of the process, by start. */
    List<MeetingOutline> meetings(ProcessId process);
}
