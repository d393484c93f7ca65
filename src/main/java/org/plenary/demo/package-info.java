/**
 * Demo: with the Spring profile {@code demo} only, sets up the CCM Second Review Conference with a realistic
 * roster, officers and delegate accounts, through the same operations a user would call.
 */
@ApplicationModule(displayName = "Demo", allowedDependencies = {"shared", "roster", "roster :: api", "identity",
        "identity :: api", "processes", "processes :: api", "meetings", "meetings :: api", "documents",
        "documents :: api", "correspondence", "correspondence :: api", "consultations", "consultations :: api",
        "silence", "silence :: api", "contacts", "contacts :: api"})
package org.plenary.demo;

import org.springframework.modulith.ApplicationModule;
