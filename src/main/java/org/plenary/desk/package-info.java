/**
 * Desk: what awaits a delegation (or the officers of a process) now, across modules, most urgent first: a read
 * model over the query facades of silence procedures, consultations, meetings and correspondence.
 */
@ApplicationModule(displayName = "Desk", allowedDependencies = {"shared", "roster :: api", "processes :: api",
        "silence :: api", "consultations :: api", "meetings :: api", "correspondence :: api", "contacts :: api"})
package org.plenary.desk;

import org.springframework.modulith.ApplicationModule;
