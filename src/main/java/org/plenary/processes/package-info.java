/**
 * Processes: conference cycles (such as the CCM Second Review Conference) with their time zone, languages,
 * silence period, officers, and participants seen through the roster.
 */
@ApplicationModule(displayName = "Processes", allowedDependencies = {"shared", "audit", "roster :: api", "identity :: api"})
package org.plenary.processes;

import org.springframework.modulith.ApplicationModule;
