package org.plenary.documents;

import org.springframework.modulith.NamedInterface;

/**
 * Who may read a document: everyone (general), the participants and officers of the process (limited:
 * drafts), or its officers only (restricted).
 */
@NamedInterface("api")
public enum Distribution {
    GENERAL, LIMITED, RESTRICTED
}
