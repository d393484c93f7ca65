package org.plenary.silence;

/** What a silence procedure says in one language: its subject and the proposed decision. */
public record ProcedureText(String subject, String proposal) {

    static ProcedureText of(SilenceProcedure procedure) {
        return new ProcedureText(procedure.subject(), procedure.proposal());
    }
}
