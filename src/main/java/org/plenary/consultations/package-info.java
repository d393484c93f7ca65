/**
 * Consultations: delegations' views on the elements of a draft text, their compilation with every proposed text
 * shown as a change against the base text, and the revised draft.
 */
@ApplicationModule(displayName = "Consultations", allowedDependencies = {"shared", "audit", "roster :: api",
        "processes :: api", "documents :: api", "identity :: api", "notifications :: api", "contacts :: api"})
package org.plenary.consultations;

import org.springframework.modulith.ApplicationModule;
