/**
 * Notifications: e-mail to the people of a process through the SMTP server named by PLENARY_SMTP_HOST.
 */
@ApplicationModule(displayName = "Notifications", allowedDependencies = "shared")
package org.plenary.notifications;

import org.springframework.modulith.ApplicationModule;
