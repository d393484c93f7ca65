/**
 * Contacts: the official addresses of each State and organisation (permanent mission, focal points, capital) with
 * the language they are written to in, kept by administrators and officers, independent of accounts.
 */
@ApplicationModule(displayName = "Contacts", allowedDependencies = {"shared", "audit", "roster :: api",
        "identity :: api", "processes :: api", "notifications :: api"})
package org.plenary.contacts;

import org.springframework.modulith.ApplicationModule;
