/**
 * Roster: States and organisations, treaties, each State's treaty status over time, and the category
 * (State Party, signatory, observer) derived from it on any date; each State's treaty obligation deadlines per
 * article with their history, extended when a decision it declares ({@code DeadlineExtensionDecided}) is adopted.
 */
@ApplicationModule(displayName = "Roster", allowedDependencies = {"shared", "audit"})
package org.plenary.roster;

import org.springframework.modulith.ApplicationModule;
