/**
 * Roster: States and organisations, treaties, each State's treaty status over time, and the category
 * (State Party, signatory, observer) derived from it on any date.
 */
@ApplicationModule(displayName = "Roster", allowedDependencies = {"shared", "audit"})
package org.plenary.roster;

import org.springframework.modulith.ApplicationModule;
