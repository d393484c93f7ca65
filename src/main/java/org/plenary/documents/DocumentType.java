package org.plenary.documents;

/** What a document is. */
public enum DocumentType {
    PROVISIONAL_AGENDA, WORKING_PAPER, DRAFT, REPORT, DECISION, STATEMENT, INFORMATION_NOTE, OTHER
}
