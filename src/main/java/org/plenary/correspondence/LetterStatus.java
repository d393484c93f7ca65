package org.plenary.correspondence;

/** A letter is drafted, then sent once; a sent letter does not change. */
public enum LetterStatus {
    DRAFT, SENT
}
