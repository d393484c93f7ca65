package org.plenary.identity.web;

import java.util.List;
import java.util.UUID;
import org.plenary.identity.OwnTokens;
import org.plenary.identity.WebSessions;

/**
 * What "My account" shows: the profile (with the language of the person's e-mails and pages), the second factor,
 * the API tokens and the web sessions (this one marked), whether the person may invite others (administrators and
 * officers), and whether they have a private calendar feed (with its address just after it was created, the only
 * time it is shown).
 */
public record MyAccountPage(String username, String displayName, String email, String language, boolean secondFactor,
        long recoveryCodesLeft, List<OwnTokens.ApiToken> tokens, List<WebSessions.WebSession> sessions,
        UUID currentSession, boolean mayInvite, boolean calendarFeed, String newCalendarFeed) {
}
