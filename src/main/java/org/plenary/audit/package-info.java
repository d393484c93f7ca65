/**
 * Audit: every state change as a hash-chained entry written in the same transaction, and its verification.
 */
@ApplicationModule(displayName = "Audit", allowedDependencies = "shared")
package org.plenary.audit;

import org.springframework.modulith.ApplicationModule;
