package org.plenary.desk;

/** What an item of the desk is about. */
public enum PendingKind {
    SILENCE_PROCEDURE, CONSULTATION, MEETING, SPEAKERS_LIST, LETTER
}
