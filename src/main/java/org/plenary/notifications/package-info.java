/**
 * Notifications: e-mail to the people of a process through the SMTP server named by PLENARY_SMTP_HOST, each
 * carrying the audit log's latest signed tree head.
 */
@ApplicationModule(displayName = "Notifications", allowedDependencies = {"shared", "audit"})
package org.plenary.notifications;

import org.springframework.modulith.ApplicationModule;
