/**
 * Decisions: the register of the decisions a process adopts (recorded from silence's {@code DraftAdopted}, once per
 * draft), with their text in each language, the interpretative statements and reservations States Parties attach,
 * a PDF per language in the UN format, and the final report put under silence with the decisions it lists.
 */
@ApplicationModule(displayName = "Decisions", allowedDependencies = {"shared", "audit", "processes :: api",
        "roster :: api", "silence :: api", "documents :: api"})
package org.plenary.decisions;

import org.springframework.modulith.ApplicationModule;
