/**
 * Decisions: the register of the decisions a process adopts (recorded from silence's {@code DraftAdopted}, once per
 * draft), with their text in each language, the interpretative statements and reservations States Parties attach,
 * and a PDF per language in the UN format.
 */
@ApplicationModule(displayName = "Decisions", allowedDependencies = {"shared", "audit", "processes", "roster :: api",
        "silence :: api"})
package org.plenary.decisions;

import org.springframework.modulith.ApplicationModule;
