/**
 * Notifications: the one e-mail outbox (modules queue e-mails in their transaction, hear back
 * {@code MailDelivered} and {@code MailFailed}), sent through Spring Boot's mail server settings, each e-mail
 * carrying the audit log's latest signed tree head.
 */
@ApplicationModule(displayName = "Notifications", allowedDependencies = {"shared", "audit"})
package org.plenary.notifications;

import org.springframework.modulith.ApplicationModule;
