package org.plenary.decisions;

/** What a State attaches to an adopted decision. */
public enum StatementKind {
    INTERPRETATIVE_STATEMENT, RESERVATION
}
