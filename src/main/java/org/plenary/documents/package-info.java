/**
 * Documents: UN-style symbols, revisions, corrigenda and addenda, language versions stored in PostgreSQL,
 * distribution (general, limited, restricted) and who may read what.
 */
@ApplicationModule(displayName = "Documents", allowedDependencies = {"shared", "audit", "roster :: api",
        "processes :: api"})
package org.plenary.documents;

import org.springframework.modulith.ApplicationModule;
