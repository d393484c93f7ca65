/**
 * Meetings: preparatory meetings, briefings and sessions of a process, the history of their dates, their
 * provisional agenda, speakers' lists in order of precedence, and the calendar feed.
 */
@ApplicationModule(displayName = "Meetings", allowedDependencies = {"shared", "audit", "roster", "processes", "documents",
        "notifications", "contacts"})
package org.plenary.meetings;

import org.springframework.modulith.ApplicationModule;
