package org.plenary.documents;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.plenary.processes.ProcessId;
import org.plenary.shared.InvalidInputException;
import org.springframework.stereotype.Component;

/**
 * Checks that a document filed against a meeting names a meeting of its process and, if it names an agenda
 * item, an item of that meeting's agenda. An agenda item without a meeting is only a label (5 or 5 (b)).
 */
@Component
class AgendaLinks {

    private final List<AgendaReferences> references;

    AgendaLinks(List<AgendaReferences> references) {
        this.references = references;
    }

    void check(ProcessId process, UUID meetingId, String agendaItem) {
        if (meetingId == null) {
            return;
        }
        AgendaReferences.MeetingOutline meeting = meeting(process, meetingId).orElseThrow(() ->
                InvalidInputException.of("meetingId", "The process has no meeting " + meetingId));
        if (agendaItem != null && !meeting.agendaItems().contains(agendaItem)) {
            throw InvalidInputException.of("agendaItem", "The agenda of " + meeting.title() + " has no item '"
                    + agendaItem + "'");
        }
    }

    /** The meetings of the process, by start. */
    List<AgendaReferences.MeetingOutline> meetings(ProcessId process) {
        return references.stream().flatMap(r -> r.meetings(process).stream()).toList();
    }

    private Optional<AgendaReferences.MeetingOutline> meeting(ProcessId process, UUID id) {
        return meetings(process).stream().filter(m -> m.id().equals(id)).findFirst();
    }
}
