/**
 * Silence procedures: one or more draft decisions circulated with an exact deadline, each adopted at that instant
 * unless a State Party objects to it in writing; objections, amendments and comments with audit receipts. It
 * publishes what happens to a procedure ({@code ProcedureCirculated}, {@code ProcedureAdopted}, {@code DraftAdopted}
 * per adopted draft, {@code ProcedureBroken},
 * {@code ProcedureWithdrawn}) and the text of its outcome letter ({@code OutcomeLetterWritten}); meetings applies
 * the effect of an adopted decision (answering {@code EffectApplied}) and correspondence drafts the letter. What
 * it needs of them while drafting it asks through interfaces of its own ({@code MeetingsToMove},
 * {@code LettersToAnnounce}) that they implement, so that it depends on neither.
 */
@ApplicationModule(displayName = "Silence procedures", allowedDependencies = {"shared", "audit", "roster :: api",
        "identity :: api", "processes :: api", "documents :: api", "notifications :: api", "contacts :: api"})
package org.plenary.silence;

import org.springframework.modulith.ApplicationModule;
