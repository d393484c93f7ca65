package org.plenary.documents;

/**
 * Who may read a document: everyone (general), the participants and officers of the process (limited:
 * drafts), or its officers only (restricted).
 */
public enum Distribution {
    GENERAL, LIMITED, RESTRICTED
}
