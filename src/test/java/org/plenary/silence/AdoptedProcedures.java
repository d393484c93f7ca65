package org.plenary.silence;

import java.util.Map;
import java.util.UUID;
import org.plenary.support.Api;
import org.plenary.support.Fixtures;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * For silence's module tests: a procedure drafted over HTTP and then, in rows, adopted at its deadline with its one
 * draft (the timer that adopts it is not what these tests are about), so that a reaction finds it awaiting its effect.
 */
record AdoptedProcedures(Api officer, String process, JdbcClient jdbc) {

    static AdoptedProcedures in(Api admin, JdbcClient jdbc) {
        String process = Fixtures.aProcess(admin);
        return new AdoptedProcedures(Fixtures.anOfficer(admin, process, "PRESIDENCY").api(), process, jdbc);
    }

    /** A procedure still in DRAFT. */
    SilenceProcedureId drafted() {
        Api.Response drafted = officer.post(path(""), Map.of("subject", "Date of the First Preparatory Meeting",
                "proposal", "The First Preparatory Meeting is held on 29 June 2020.",
                "deadline", "2030-06-12T16:00:00Z"));
        if (drafted.status() != 201) {
            throw new IllegalStateException(drafted.toString());
        }
        return new SilenceProcedureId(UUID.fromString(drafted.json().get("id").asString()));
    }

    /** A procedure adopted at its deadline, its draft too, with the id of its outcome letter. */
    SilenceProcedureId adopted() {
        SilenceProcedureId id = drafted();
        jdbc.sql("""
                update silence_procedure set status = 'ADOPTED', circulated_at = deadline_at - interval '5 days',
                       circulated_by = 'president', concluded_at = deadline_at, outcome_letter = gen_random_uuid()
                 where id = ?
                """).param(id.value()).update();
        jdbc.sql("""
                update silence_draft d set status = 'ADOPTED', concluded_at = p.deadline_at
                  from silence_procedure p where p.id = d.procedure and p.id = ?
                """).param(id.value()).update();
        return id;
    }

    /** The one draft of a procedure. */
    UUID draftOf(SilenceProcedureId id) {
        return jdbc.sql("select id from silence_draft where procedure = ?").param(id.value()).query(UUID.class)
                .single();
    }

    /** The procedure as the API shows it. */
    JsonNode shown(SilenceProcedureId id) {
        return officer.get(path("/" + id.value())).json();
    }

    /** How many deliveries of events naming {@code id} the listener completed. */
    long delivered(String listener, Object id) {
        return jdbc.sql("""
                select count(*) from event_publication
                 where listener_id like ? and completion_date is not null and serialized_event like ?
                """).param("%" + listener + "%").param("%" + id + "%").query(Long.class).single();
    }

    long audited(String action, SilenceProcedureId id) {
        return jdbc.sql("select count(*) from audit_entry where action = ? and object_id = ?")
                .param(action).param(id.value().toString()).query(Long.class).single();
    }

    private String path(String rest) {
        return "/processes/" + process + "/silence-procedures" + rest;
    }
}
