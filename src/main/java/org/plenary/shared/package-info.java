/**
 * What every module shares: domain error types, policy verdicts, paging, problem details and the database.
 */
@ApplicationModule(displayName = "Shared", type = ApplicationModule.Type.OPEN)
package org.plenary.shared;

import org.springframework.modulith.ApplicationModule;
