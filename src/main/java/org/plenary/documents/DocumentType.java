package org.plenary.documents;

import org.springframework.modulith.NamedInterface;

/** What a document is. */
@NamedInterface("api")
public enum DocumentType {
    PROVISIONAL_AGENDA, WORKING_PAPER, DRAFT, REPORT, DECISION, STATEMENT, INFORMATION_NOTE, OTHER
}
