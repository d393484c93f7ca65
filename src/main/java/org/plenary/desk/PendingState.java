package org.plenary.desk;

import java.util.Set;

/**
 * Where an item of the desk stands for its reader. A delegation: a silence procedure not answered, or answered by
 * an objection, a proposed amendment or a comment (the strongest answer counts); a consultation not started or
 * submitted; a meeting ahead; a speakers' list it waits on; a letter received. Officers: a procedure or
 * consultation they run, open or not yet open; a letter some addressees were not reached by, or whose e-mails
 * failed.
 */
public enum PendingState {
    NOT_ANSWERED, OBJECTED, AMENDMENT_PROPOSED, COMMENTED,
    NOT_STARTED, SUBMITTED,
    SCHEDULED, WAITING_TO_SPEAK, RECEIVED,
    RUNNING, OPENS_LATER, UNREACHED, DISPATCH_FAILED;

    private static final Set<PendingState> ACTION = Set.of(NOT_ANSWERED, NOT_STARTED, UNREACHED, DISPATCH_FAILED);

    /** Whether the reader has something to do about it (the desk shows these first). */
    public boolean needsAction() {
        return ACTION.contains(this);
    }
}
