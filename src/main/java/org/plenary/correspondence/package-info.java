/**
 * Correspondence: letters of the Presidency with references, addressee groups and attachments, rendered as
 * formal letters (HTML and PDF) and dispatched by e-mail through a cluster-safe outbox. It drafts the outcome
 * letter of each concluded silence procedure, and tells silence which letters may announce one.
 */
@ApplicationModule(displayName = "Correspondence", allowedDependencies = {"shared", "audit", "roster :: api",
        "identity :: api", "processes :: api", "documents :: api", "notifications :: api", "contacts :: api",
        "silence :: api"})
package org.plenary.correspondence;

import org.springframework.modulith.ApplicationModule;
