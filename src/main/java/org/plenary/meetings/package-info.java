/**
 * Meetings: preparatory meetings, briefings and sessions of a process, the history of their dates, their
 * provisional agenda, speakers' lists in order of precedence, and the calendar feed. It moves a meeting when a
 * silence procedure that decided so is adopted, and tells silence which meetings it may name.
 */
@ApplicationModule(displayName = "Meetings", allowedDependencies = {"shared", "audit", "roster :: api",
        "processes :: api", "documents :: api", "silence :: api", "notifications :: api", "contacts :: api"})
package org.plenary.meetings;

import org.springframework.modulith.ApplicationModule;
