package org.plenary.roster.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.plenary.roster.OrganisationType;
import org.plenary.roster.Participant;
import org.plenary.roster.ParticipantKind;
import org.plenary.roster.TreatyStatus;

/** A participant as the API shows it, with its treaty status history. */
record ParticipantResponse(String id, String name, ParticipantKind kind, String iso3,
        OrganisationType organisationType, List<StatusResponse> statuses, Map<String, String> names) {

    record StatusResponse(String treaty, TreatyStatus status, LocalDate since) {
    }

    static ParticipantResponse of(Participant p, List<String> treaties, Map<String, String> names) {
        List<StatusResponse> statuses = treaties.stream()
                .flatMap(t -> p.history(t).stream().map(s -> new StatusResponse(t, s.status(), s.since())))
                .toList();
        return new ParticipantResponse(p.id().toString(), p.name(), p.kind(), p.iso3(), p.organisationType(), statuses,
                names);
    }
}
