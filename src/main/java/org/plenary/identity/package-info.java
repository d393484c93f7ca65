/**
 * Identity: accounts of officers and delegates, sign-in with throttling, API tokens, and web security.
 */
@ApplicationModule(displayName = "Identity", allowedDependencies = {"shared", "audit", "roster :: api", "notifications :: api"})
package org.plenary.identity;

import org.springframework.modulith.ApplicationModule;
