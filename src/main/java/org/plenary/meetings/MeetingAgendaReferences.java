package org.plenary.meetings;

import java.util.List;
import org.plenary.documents.AgendaReferences;
import org.plenary.processes.ProcessId;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Tells the documents which meetings and agenda items they may be filed against. */
@Component
class MeetingAgendaReferences implements AgendaReferences {

    private final MeetingRepository meetings;

    MeetingAgendaReferences(MeetingRepository meetings) {
        this.meetings = meetings;
    }

    @Override
    @Transactional(readOnly = true)
    public List<MeetingOutline> meetings(ProcessId process) {
        return meetings.byProcess(process).stream()
                .map(m -> new MeetingOutline(m.id().value(), m.title(), m.start(), m.timeZone(),
                        m.agenda().stream().map(AgendaItem::label).toList()))
                .toList();
    }
}
