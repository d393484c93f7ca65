package org.plenary.roster;

import java.util.HashMap;
import java.util.Map;
import org.plenary.audit.AuditLog;
import org.plenary.audit.AuditRecord;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Records the names of a participant in other official languages than English, audited when they change. */
@Service
class RecordParticipantNames {

    private final ParticipantNames names;
    private final JdbcClient jdbc;
    private final AuditLog audit;

    RecordParticipantNames(ParticipantNames names, JdbcClient jdbc, AuditLog audit) {
        this.names = names;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** Sets the names given (by language; others are kept); returns whether any changed. */
    boolean record(Participant participant, Map<String, String> given) {
        Map<String, String> before = names.stored(participant.id());
        Map<String, String> after = new HashMap<>(before);
        after.putAll(given);
        if (after.equals(before)) {
            return false;
        }
        given.forEach((language, name) -> jdbc.sql("""
                insert into participant_name (participant, language, name) values (:participant, :language, :name)
                on conflict (participant, language) do update set name = excluded.name
                """)
                .param("participant", participant.id().value()).param("language", language).param("name", name)
                .update());
        audit.record(AuditRecord.changed("roster.participant.names-recorded", "participant", participant.id(), null,
                Map.of("names", before), Map.of("names", after)));
        return true;
    }
}
