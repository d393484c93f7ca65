/**
 * Silence procedures: a proposed decision circulated with an exact deadline, adopted at that instant unless a
 * State Party objects in writing; objections, amendments and comments with audit receipts; the outcome letter
 * and the effect of an adopted decision (such as moving a meeting).
 */
@ApplicationModule(displayName = "Silence procedures", allowedDependencies = {"shared", "audit", "roster", "identity",
        "processes", "documents", "correspondence", "meetings", "notifications", "contacts"})
package org.plenary.silence;

import org.springframework.modulith.ApplicationModule;
